using System.IO.Compression;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Zip;

namespace TemplateLibrary.Extraction.Templates.Package;

/// <summary>A ZIP package read into memory under the project's ZIP limits, written back with only the changed parts replaced.</summary>
internal sealed class PackageEntries
{
    private readonly List<(string Name, DateTimeOffset Modified, byte[] Content)> entries = [];

    private PackageEntries()
    {
    }

    /// <summary>The entry names in package order.</summary>
    public IEnumerable<string> Names => entries.Select(e => e.Name);

    /// <summary>Reads every entry, checking sizes and ratios first and counting what is inflated.</summary>
    public static PackageEntries Read(byte[] content, ExtractionLimits limits, string formatLabel)
    {
        var package = new PackageEntries();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            ZipSafety.Check(archive, limits, formatLabel);
            var budget = new InflateBudget(limits.MaxDecompressedBytes);
            foreach (var entry in archive.Entries)
            {
                using var stream = ZipSafety.OpenBounded(entry, budget);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                package.entries.Add((entry.FullName, entry.LastWriteTime, copy.ToArray()));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new TemplateException($"damaged {formatLabel}: {ex.Message}", ex);
        }
        catch (ExtractionException ex)
        {
            throw new TemplateException(ex.Message, ex);
        }

        return package;
    }

    /// <summary>Whether the package has this entry.</summary>
    public bool Has(string name) => entries.Any(e => e.Name == name);

    /// <summary>An entry's bytes, or null.</summary>
    public byte[]? Get(string name) => entries.FirstOrDefault(e => e.Name == name).Content;

    /// <summary>Replaces an entry's bytes, keeping its place and date.</summary>
    public void Set(string name, byte[] content)
    {
        var index = entries.FindIndex(e => e.Name == name);
        entries[index] = (name, entries[index].Modified, content);
    }

    /// <summary>Writes the package; <paramref name="storedFirst"/> (ODF's mimetype) is written first and uncompressed.</summary>
    public byte[] Write(string? storedFirst = null)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, modified, content) in entries.OrderBy(e => e.Name == storedFirst ? 0 : 1))
            {
                var entry = archive.CreateEntry(name, name == storedFirst ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                entry.LastWriteTime = modified;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }
}
