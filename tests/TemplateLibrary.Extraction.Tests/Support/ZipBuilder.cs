using System.IO.Compression;
using System.Text;

namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Writes small ZIP archives entry by entry, for hostile-file tests.</summary>
internal static class ZipBuilder
{
    public const string DocxContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public static byte[] Build(params (string Name, string Content)[] entries) =>
        Build(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    public static byte[] Build(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var level = name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An ODT package around the given content.xml.</summary>
    public static byte[] Odt(string contentXml) =>
        Build(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", contentXml));

    /// <summary>Rewrites the declared uncompressed size of one entry, in its local and central headers, to lie.</summary>
    public static byte[] WithDeclaredSize(byte[] zip, string entryName, uint declaredSize)
    {
        var patched = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < patched.Length; i++)
        {
            if (patched.AsSpan(i).StartsWith("PK\x03\x04"u8) && patched.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(patched.AsSpan(i + 22, 4), declaredSize);
            }
            else if (patched.AsSpan(i).StartsWith("PK\x01\x02"u8) && patched.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(patched.AsSpan(i + 24, 4), declaredSize);
            }
        }

        return patched;
    }
}
