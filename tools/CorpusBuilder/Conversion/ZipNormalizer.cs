using System.IO.Compression;
using System.Text;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Rewrites a ZIP package (DOCX, ODT) with fixed entry times and optional XML edits, keeping entry order.</summary>
internal static class ZipNormalizer
{
    private static readonly string[] TextExtensions = [".xml", ".rels", ".psmdcp"];

    /// <summary>Returns the normalised package; <paramref name="rename"/> may rename entries and <paramref name="rewrite"/> may replace the text of an XML entry (given its new name and text).</summary>
    public static byte[] Normalize(byte[] package, DateTimeOffset entryTime, Func<string, string>? rename = null, Func<string, string, string>? rewrite = null)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                // ODF requires "mimetype" first and stored; directories carry no data.
                var stored = entry.FullName == "mimetype" || entry.FullName.EndsWith('/');
                var name = rename?.Invoke(entry.FullName) ?? entry.FullName;
                var copy = archive.CreateEntry(name, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                copy.LastWriteTime = entryTime;
                using var source = entry.Open();
                using var target = copy.Open();
                if (rewrite is not null && TextExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
                {
                    using var reader = new StreamReader(source, Encoding.UTF8);
                    var bytes = new UTF8Encoding(false).GetBytes(rewrite(name, reader.ReadToEnd()));
                    target.Write(bytes);
                }
                else
                {
                    source.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }
}
