using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Tests.Templates;

/// <summary>Reads the parts of a DOCX or ODT package for checks.</summary>
internal static class PackageParts
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Bytes(byte[] package, string entry)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = archive.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static XDocument Xml(byte[] package, string entry) => XDocument.Parse(Encoding.UTF8.GetString(Bytes(package, entry)));

    public static IReadOnlyList<string> Entries(byte[] package)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    /// <summary>The text of every w:p of a WordprocessingML part, runs joined.</summary>
    public static List<string> Paragraphs(XDocument part) =>
        [.. part.Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))];
}
