using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Metadata;

/// <summary>Reads the Info dictionary and, where Info is silent, the XMP packet.</summary>
internal static partial class PdfMetadataReader
{
    public static DocumentMetadata Read(PdfFile file, int pageCount)
    {
        var info = file.ResolveDictionary(file.Trailer["Info"]);
        string? Text(string key) => file.Resolve(info?[key]) is PdfString value ? Clean(value.ToString()) : null;

        var xmp = ReadXmp(file);
        var title = Text("Title") ?? XmpValue(xmp, "dc:title");
        var author = Text("Author") ?? XmpValue(xmp, "dc:creator");
        var subject = Text("Subject") ?? XmpValue(xmp, "dc:description");
        var keywords = Text("Keywords") ?? XmpValue(xmp, "pdf:Keywords");
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if ((Text("Producer") ?? XmpValue(xmp, "pdf:Producer")) is { } producer)
        {
            properties["producer"] = producer;
        }

        if ((Text("Creator") ?? XmpValue(xmp, "xmp:CreatorTool")) is { } creator)
        {
            properties["creator"] = creator;
        }

        return new DocumentMetadata
        {
            Title = title,
            Author = author,
            Subject = subject,
            Keywords = keywords is null ? [] : keywords.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Created = PdfDates.Parse(Text("CreationDate")) ?? PdfDates.ParseIso(XmpValue(xmp, "xmp:CreateDate")),
            Modified = PdfDates.Parse(Text("ModDate")) ?? PdfDates.ParseIso(XmpValue(xmp, "xmp:ModifyDate")),
            PageCount = pageCount,
            Properties = properties,
        };
    }

    private static string? Clean(string value)
    {
        var trimmed = value.Replace('\0', ' ').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string? ReadXmp(PdfFile file)
    {
        try
        {
            if (file.Resolve(file.Catalog?["Metadata"]) is PdfStream stream)
            {
                var bytes = file.DecodeStream(stream);
                return bytes.Length is > 0 and < 4_000_000 ? Encoding.UTF8.GetString(bytes) : null;
            }
        }
        catch (FormatException)
        {
        }

        return null;
    }

    private static string? XmpValue(string? xmp, string element)
    {
        if (xmp is null)
        {
            return null;
        }

        var start = xmp.IndexOf("<" + element, StringComparison.Ordinal);
        if (start < 0)
        {
            var attribute = Regex.Match(xmp, Regex.Escape(element) + "=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
            return attribute.Success ? Clean(System.Net.WebUtility.HtmlDecode(attribute.Groups[1].Value)) : null;
        }

        var end = xmp.IndexOf("</" + element, start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var inner = xmp[start..end];
        inner = inner[(inner.IndexOf('>', StringComparison.Ordinal) + 1)..];
        var text = Tags().Replace(inner, " ");
        text = Spaces().Replace(text, " ");
        return Clean(System.Net.WebUtility.HtmlDecode(text));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
