using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Tools.CorpusBuilder.Conversion;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Building;

/// <summary>Makes converter output reproducible and British: fixed dates, ids and revision seeds, en-GB language, an author.</summary>
internal static partial class GeneratedFileFinisher
{
    public static byte[] FinishPdf(byte[] pdf, SourceDocument document) =>
        PdfNormalizer.Normalize(pdf, ReproducibleDates.PdfDigits(document), document.BaseName);

    /// <summary>Normalises a DOCX or ODT: entry times, random part names and relationship ids, LibreOffice's random rsid seed, dates.</summary>
    public static byte[] FinishPackage(byte[] package, SourceDocument document)
    {
        var partName = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.BaseName)))[..32];
        var relationshipIds = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(string name) => RandomCorePartName().Replace(name, partName + ".psmdcp");
        string Rewrite(string name, string xml)
        {
            // System.IO.Packaging names parts and relationships with fresh GUIDs; map them to stable values.
            xml = RandomCorePartName().Replace(xml, partName + ".psmdcp");
            xml = RandomRelationshipId().Replace(xml, m =>
            {
                if (!relationshipIds.TryGetValue(m.Groups[1].Value, out var stable))
                {
                    stable = "rIdP" + (relationshipIds.Count + 1).ToString(CultureInfo.InvariantCulture);
                    relationshipIds[m.Groups[1].Value] = stable;
                }

                return "\"" + stable + "\"";
            });
            return name switch
            {
                "docProps/core.xml" => FinishCoreProperties(xml, document),
                "meta.xml" => xml.Replace("<dc:language>en-US</dc:language>", "<dc:language>en-GB</dc:language>", StringComparison.Ordinal),
                "settings.xml" => RsidSeed().Replace(xml, m => m.Groups[1].Value + (100000 + document.Number).ToString(CultureInfo.InvariantCulture)),
                _ => xml,
            };
        }

        return ZipNormalizer.Normalize(package, ReproducibleDates.ZipEntryTime(document), Rename, Rewrite);
    }

    private static string FinishCoreProperties(string xml, SourceDocument document)
    {
        var stamp = ReproducibleDates.For(document).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml = xml.Replace("<dc:language>en-US</dc:language>", "<dc:language>en-GB</dc:language>", StringComparison.Ordinal);
        xml = EmptyCreator().Replace(xml, $"<dc:creator>{WebUtility.HtmlEncode(HtmlPageRenderer.Author(document))}</dc:creator>");
        xml = Dates().Replace(xml, string.Empty);
        var dates = $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified>";
        return xml.Replace("</cp:coreProperties>", dates + "</cp:coreProperties>", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<dc:creator\s*/>|<dc:creator></dc:creator>")]
    private static partial Regex EmptyCreator();

    [GeneratedRegex(@"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")]
    private static partial Regex Dates();

    [GeneratedRegex(@"[0-9a-f]{32}\.psmdcp")]
    private static partial Regex RandomCorePartName();

    [GeneratedRegex("\"(R[0-9a-f]{16})\"")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex("(config:name=\"Rsid(?:Root)?\" config:type=\"int\">)[0-9]+")]
    private static partial Regex RsidSeed();
}
