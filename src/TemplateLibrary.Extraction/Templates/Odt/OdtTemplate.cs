using System.Text;
using System.Xml.Linq;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Odt;
using TemplateLibrary.Extraction.Templates.Package;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Odt;

/// <summary>An OpenDocument text template: content.xml (body) and styles.xml (headers, footers) read into blocks and rewritten.</summary>
internal sealed class OdtTemplate : ITemplateDocument
{
    private const string MimeTypeEntry = "mimetype";
    private readonly PackageEntries package;
    private readonly List<(string Entry, XElement Root)> parts = [];
    private readonly List<TemplateBlock> blocks = [];
    private readonly HashSet<string> changed = [];

    private OdtTemplate(PackageEntries package)
    {
        this.package = package;
    }

    public string Format => "odt";

    public string Extension => ".odt";

    public IReadOnlyList<TemplateBlock> Blocks => blocks;

    public static OdtTemplate Read(byte[] content, ExtractionLimits limits)
    {
        var package = PackageEntries.Read(content, limits, "ODT");
        if (package.Get("META-INF/manifest.xml") is { } manifest && Encoding.UTF8.GetString(manifest).Contains("encryption-data", StringComparison.Ordinal))
        {
            throw new TemplateException("the ODT is password-protected: save it without a password to fill it");
        }

        if (package.Has("META-INF/documentsignatures.xml"))
        {
            throw new TemplateException("the ODT is digitally signed: filling it would break the signature; fill an unsigned copy");
        }

        if (!package.Has("content.xml"))
        {
            throw new TemplateException("damaged ODT: content.xml is missing");
        }

        var template = new OdtTemplate(package);
        template.ReadPart("content.xml", OdfNames.Office + "body", limits);
        if (package.Has("styles.xml"))
        {
            template.ReadPart("styles.xml", OdfNames.Office + "master-styles", limits);
        }

        return template;
    }

    public bool Replace(TemplateBlock block, Marker marker, string value)
    {
        var (entry, paragraph) = ((string, OdtParagraph))block.Handle;
        changed.Add(entry);
        paragraph.Replace(marker.Start, marker.Length, value);
        return true;
    }

    public byte[] Save()
    {
        foreach (var (entry, root) in parts.Where(p => changed.Contains(p.Entry)))
        {
            package.Set(entry, XmlPart.Save(root));
        }

        return package.Write(storedFirst: package.Has(MimeTypeEntry) ? MimeTypeEntry : null);
    }

    private void ReadPart(string entry, XName section, ExtractionLimits limits)
    {
        var root = XmlPart.Load(package.Get(entry)!, entry, limits);
        parts.Add((entry, root));
        string? heading = null;
        var tables = new Dictionary<XElement, List<List<XElement>>>();
        foreach (var container in root.Descendants(section))
        {
            foreach (var p in container.Descendants().Where(e => e.Name == OdfNames.Text + "p" || e.Name == OdfNames.Text + "h"))
            {
                if (p.Ancestors().Any(a => a.Name == OdfNames.Office + "annotation" || a.Name == OdfNames.Text + "tracked-changes"))
                {
                    continue;
                }

                var paragraph = new OdtParagraph(p);
                if (paragraph.Text.Length > 0)
                {
                    blocks.Add(new TemplateBlock
                    {
                        Text = paragraph.Text,
                        Part = PartOf(p, entry),
                        Table = CellContext(p, tables),
                        Heading = heading,
                        Known = paragraph.Known,
                        Handle = (entry, paragraph),
                    });
                }

                if (p.Name.LocalName == "h" && paragraph.Text.Trim().Length > 0)
                {
                    heading = paragraph.Text.Trim();
                }
            }
        }
    }

    private static string PartOf(XElement p, string entry)
    {
        if (entry == "content.xml")
        {
            return "body";
        }

        return p.Ancestors().Any(a => a.Name.Namespace == OdfNames.Style && a.Name.LocalName.StartsWith("footer", StringComparison.Ordinal)) ? "footer" : "header";
    }

    private static TableCellContext? CellContext(XElement p, Dictionary<XElement, List<List<XElement>>> tables)
    {
        var cell = p.Ancestors(OdfNames.Table + "table-cell").FirstOrDefault();
        var table = cell?.Ancestors(OdfNames.Table + "table").FirstOrDefault();
        if (cell is null || table is null)
        {
            return null;
        }

        if (!tables.TryGetValue(table, out var rows))
        {
            rows = [.. table.Descendants(OdfNames.Table + "table-row")
                .Where(r => r.Ancestors(OdfNames.Table + "table").First() == table)
                .Select(r => r.Elements(OdfNames.Table + "table-cell").ToList())];
            tables[table] = rows;
        }

        var rowIndex = rows.FindIndex(r => r.Contains(cell));
        var row = rows[rowIndex];
        var column = row.IndexOf(cell);
        var header = rows[0];
        return new TableCellContext(
            CellText(row[0]),
            column < header.Count ? CellText(header[column]) : "",
            header.Count,
            column == 0,
            rowIndex == 0);
    }

    private static string CellText(XElement cell) =>
        string.Join(" ", cell.Elements().Where(e => e.Name == OdfNames.Text + "p" || e.Name == OdfNames.Text + "h").Select(p => new OdtParagraph(p).Text));
}
