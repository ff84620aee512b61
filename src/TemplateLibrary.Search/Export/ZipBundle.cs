using System.IO.Compression;
using System.IO.Pipelines;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Streams documents' original files into a ZIP with a manifest.csv of their metadata, so that unzipping it and
/// running <c>templib ingest FOLDER --manifest FOLDER/manifest.csv</c> gives the same documents with the same tags.</summary>
/// <remarks>The sizes are checked against the limits before the first byte is written. Then each file is copied from
/// disk into the output one at a time, through a pipe of at most <see cref="PipeBytes"/>: the archive is written on a
/// thread of its own (ZipArchive's compressor still flushes synchronously when an entry closes, which a web response
/// refuses), and the pipe is copied to the output asynchronously. Nothing is held in memory but the pipe and the manifest.</remarks>
internal static class ZipBundle
{
    /// <summary>The manifest's entry name, at the root of the bundle.</summary>
    public const string ManifestName = "manifest.csv";

    private const int PipeBytes = 1024 * 1024;

    // Formats that are already compressed: deflating them again costs time and saves nothing.
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".pdf", ".zip", ".png", ".jpg", ".jpeg", ".gif",
    };

    /// <summary>Writes the bundle; files missing from disk are left out of the files and the manifest, and reported.</summary>
    /// <exception cref="ExportException">The files together are larger than the limits allow (nothing is written).</exception>
    public static async Task<ExportReport> WriteAsync(
        Stream output, IReadOnlyList<SearchHit> documents, Func<string, string> relativePath, BundleLimits limits, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var planned = Plan(documents, relativePath, limits, skipped);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: PipeBytes, resumeWriterThreshold: PipeBytes / 2, useSynchronizationContext: false));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Factory.StartNew(
            () => WriteArchive(pipe.Writer, planned, relativePath, skipped, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await pipe.Reader.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
            await pipe.Reader.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // The output failed (the client went away): stop reading files, and let the writer's blocked flush return.
            await stop.CancelAsync().ConfigureAwait(false);
            await pipe.Reader.CompleteAsync(error).ConfigureAwait(false);
            await Task.WhenAny(writer).ConfigureAwait(false);
            _ = writer.Exception; // Observed: the output's own error is the one to report.
            throw;
        }

        return new ExportReport(await writer.ConfigureAwait(false), skipped);
    }

    /// <summary>Plans the bundle without writing it.</summary>
    /// <exception cref="ExportException">The files together are larger than the limits allow.</exception>
    public static void Check(IReadOnlyList<SearchHit> documents, Func<string, string> relativePath, BundleLimits limits) =>
        Plan(documents, relativePath, limits, []);

    // The files that exist, with their sizes summed against the limit before anything is written.
    private static List<(SearchHit Hit, FileInfo File)> Plan(IReadOnlyList<SearchHit> documents, Func<string, string> relativePath, BundleLimits limits, List<string> skipped)
    {
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

        return planned;
    }

    // Runs on its own thread; returns how many documents the bundle holds.
    private static int WriteArchive(PipeWriter pipe, List<(SearchHit Hit, FileInfo File)> planned, Func<string, string> relativePath, List<string> skipped, CancellationToken cancellationToken)
    {
        try
        {
            var names = new BundleEntryNames(ManifestName);
            var written = new List<(SearchHit Hit, string Entry)>();
            using (var sink = pipe.AsStream(leaveOpen: true))
            using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (hit, file) in planned)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (AddFile(zip, names, hit, file, relativePath, cancellationToken) is { } entry)
                    {
                        written.Add((hit, entry));
                    }
                    else
                    {
                        skipped.Add($"{relativePath(hit.Path)}: the file could not be read");
                    }
                }

                // Last, so it lists exactly the files that made it in, with the columns the manifest reader reads.
                using var manifest = zip.CreateEntry(ManifestName, CompressionLevel.Optimal).Open();
                CsvTable.Write(manifest, ExportColumns.Manifest, written.Select(w => ExportColumns.Row(w.Hit, w.Entry, ExportColumns.Manifest)), byteOrderMark: true);
            }

            pipe.Complete();
            return written.Count;
        }
        catch (Exception error)
        {
            pipe.Complete(error);
            throw;
        }
    }

    // The file as an entry named after its relative path; null when it could not be opened.
    private static string? AddFile(ZipArchive zip, BundleEntryNames names, SearchHit hit, FileInfo file, Func<string, string> relativePath, CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        using (source)
        {
            var name = names.Claim(relativePath(hit.Path));
            var entry = zip.CreateEntry(name, Compressed.Contains(file.Extension) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            entry.LastWriteTime = file.LastWriteTime;
            using var target = entry.Open();
            var buffer = new byte[81920];
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                target.Write(buffer, 0, read);
            }

            return name;
        }
    }

    private static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
