using System.IO.Compression;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Streams documents' original files into a ZIP with a manifest.csv of their metadata, so that unzipping it and
/// running <c>templib ingest FOLDER --manifest FOLDER/manifest.csv</c> gives the same documents with the same tags.</summary>
/// <remarks>Each file is copied from disk straight into the output, one at a time: nothing is held in memory but the
/// manifest. The sizes are checked against the limits before the first byte is written.</remarks>
internal static class ZipBundle
{
    /// <summary>The manifest's entry name, at the root of the bundle.</summary>
    public const string ManifestName = "manifest.csv";

    // Formats that are already compressed: deflating them again costs time and saves nothing.
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".pdf", ".zip", ".png", ".jpg", ".jpeg", ".gif",
    };

    /// <summary>Writes the bundle; files missing from disk are left out of the files and the manifest, and reported.</summary>
    /// <exception cref="ExportException">The files together are larger than the limits allow.</exception>
    public static async Task<ExportReport> WriteAsync(
        Stream output, IReadOnlyList<SearchHit> documents, Func<string, string> relativePath, BundleLimits limits, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var planned = new List<(SearchHit Hit, FileInfo File)>();
        long total = 0;
        foreach (var hit in documents)
        {
            var file = new FileInfo(hit.Path);
            if (!file.Exists)
            {
                skipped.Add($"{relativePath(hit.Path)}: the file is no longer where it was indexed");
                continue;
            }

            planned.Add((hit, file));
            total += file.Length;
        }

        if (total > limits.MaxBytes)
        {
            throw new ExportException($"the {planned.Count} files come to {Megabytes(total)}, more than the {Megabytes(limits.MaxBytes)} a bundle may hold: narrow the search");
        }

        var names = new BundleEntryNames(ManifestName);
        var manifest = new List<(SearchHit Hit, string Entry)>();
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var (hit, file) in planned)
            {
                FileStream source;
                try
                {
                    source = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    skipped.Add($"{relativePath(hit.Path)}: {error.Message}");
                    continue;
                }

                await using (source.ConfigureAwait(false))
                {
                    var name = names.Claim(relativePath(hit.Path));
                    var entry = zip.CreateEntry(name, Compressed.Contains(file.Extension) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                    entry.LastWriteTime = file.LastWriteTime;
                    var target = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using (target.ConfigureAwait(false))
                    {
                        await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                    }

                    manifest.Add((hit, name));
                }
            }

            await WriteManifestAsync(zip, manifest, cancellationToken).ConfigureAwait(false);
        }

        return new ExportReport(manifest.Count, skipped);
    }

    // Written last, so it lists exactly the files that made it into the bundle, with the columns the manifest reader reads.
    private static async Task WriteManifestAsync(ZipArchive zip, List<(SearchHit Hit, string Entry)> files, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        Core.Csv.CsvTable.Write(buffer, ExportColumns.Manifest, files.Select(f => ExportColumns.Row(f.Hit, f.Entry, ExportColumns.Manifest)), byteOrderMark: true);
        buffer.Position = 0;
        var target = await zip.CreateEntry(ManifestName, CompressionLevel.Optimal).OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (target.ConfigureAwait(false))
        {
            await buffer.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
