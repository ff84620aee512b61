using System.Xml.Linq;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Docx;
using TemplateLibrary.Extraction.Templates.Package;
using TemplateLibrary.Extraction.Templates.Scanning;

namespace TemplateLibrary.Extraction.Templates.Docx;

/// <summary>A Word template: the main document, headers, footers and notes read into blocks and rewritten in place.</summary>
internal sealed class DocxTemplate : ITemplateDocument
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string WordPrefix = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private readonly PackageEntries package;
    private readonly List<(string Entry, XElement Root)> parts = [];
    private readonly List<TemplateBlock> blocks = [];
    private readonly HashSet<string> changed = [];

    private DocxTemplate(PackageEntries package)
    {
        this.package = package;
    }

    public string Format => "docx";

    public string Extension => ".docx";

    public IReadOnlyList<TemplateBlock> Blocks => blocks;

    public static DocxTemplate Read(byte[] content, ExtractionLimits limits)
    {
        var package = PackageEntries.Read(content, limits, "DOCX");
        if (package.Names.Any(n => n.StartsWith("_xmlsignatures/", StringComparison.OrdinalIgnoreCase)))
        {
            throw new TemplateException("the DOCX is digitally signed: filling it would break the signature; fill an unsigned copy");
        }

        var template = new DocxTemplate(package);
        foreach (var (entry, part) in TextParts(package, limits))
        {
            var root = XmlPart.Load(package.Get(entry)!, entry, limits);
            template.parts.Add((entry, root));
            new DocxBlockReader(part, entry, template.blocks).ReadPart(root);
        }

        if (template.parts.Count == 0)
        {
            throw new TemplateException("damaged DOCX: the main document part is missing");
        }

        return template;
    }

    public bool Replace(TemplateBlock block, Marker marker, string value)
    {
        var (entry, paragraph) = ((string, DocxParagraph))block.Handle;
        changed.Add(entry);
        paragraph.Replace(marker.Start, marker.Length, value);
        switch (marker.Known?.Handle)
        {
            case DocxFieldCodes codes:
                codes.Remove();
                break;
            case XElement { Name.LocalName: "fldSimple" } simple:
                simple.ReplaceWith(simple.Elements().Where(e => e.Name.LocalName != "fldData").ToList());
                break;
            case XElement { Name.LocalName: "sdt" } sdt:
                ShowAsFilled(sdt);
                break;
            default:
                break;
        }

        return true;
    }

    public byte[] Save()
    {
        foreach (var (entry, root) in parts.Where(p => changed.Contains(p.Entry)))
        {
            package.Set(entry, XmlPart.Save(root));
        }

        return package.Write();
    }

    // A filled content control no longer shows its grey placeholder text.
    private static void ShowAsFilled(XElement sdt)
    {
        WordXml.Child(WordXml.Child(sdt, "sdtPr"), "showingPlcHdr")?.Remove();
        foreach (var style in sdt.Descendants().Where(e => WordXml.Is(e, "rStyle") && WordXml.Attr(e, "val") == "PlaceholderText").ToList())
        {
            style.Remove();
        }
    }

    /// <summary>The parts that hold text, main document first: from [Content_Types].xml, so renamed parts are found too.</summary>
    private static IEnumerable<(string Entry, string Part)> TextParts(PackageEntries package, ExtractionLimits limits)
    {
        var found = new List<(string Entry, string Part, int Order)>();
        if (package.Get(ContentTypesEntry) is { } types)
        {
            foreach (var over in XmlPart.Load(types, ContentTypesEntry, limits).Elements().Where(e => e.Name.LocalName == "Override"))
            {
                var entry = (over.Attribute("PartName")?.Value ?? "").TrimStart('/');
                var type = over.Attribute("ContentType")?.Value ?? "";
                var part = PartOf(type);
                if (part is not null && package.Has(entry))
                {
                    found.Add((entry, part.Value.Name, part.Value.Order));
                }
            }
        }

        if (!found.Any(f => f.Part == "body") && package.Has("word/document.xml"))
        {
            found.Add(("word/document.xml", "body", 0));
        }

        return found.OrderBy(f => f.Order).ThenBy(f => f.Entry, StringComparer.Ordinal).Select(f => (f.Entry, f.Part));
    }

    private static (string Name, int Order)? PartOf(string contentType)
    {
        if (contentType.EndsWith(".main+xml", StringComparison.Ordinal)
            && (contentType.StartsWith(WordPrefix, StringComparison.Ordinal) || contentType.StartsWith("application/vnd.ms-word.", StringComparison.Ordinal)))
        {
            return ("body", 0);
        }

        return contentType switch
        {
            WordPrefix + "header+xml" => ("header", 1),
            WordPrefix + "footer+xml" => ("footer", 2),
            WordPrefix + "footnotes+xml" => ("footnotes", 3),
            WordPrefix + "endnotes+xml" => ("endnotes", 4),
            _ => null,
        };
    }
}
