using System.Globalization;
using System.Runtime;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Upload;

/// <summary>Ingests uploaded files one upload at a time and reports on each; only files that became documents stay on disk.</summary>
internal sealed class UploadService(LibraryWebOptions options, ILibraryIngestor ingestor, LibraryIndex index, LibraryPaths paths, AuditLog audit)
{
    private static readonly string[] MetadataFields = ["title", "category", "model", "type", "councils", "partners", "year", "powers", "summary"];
    private const string MetadataSource = "the upload's metadata";
    private const long LargeUploadBytes = 16L * 1024 * 1024;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The largest request accepted.</summary>
    public long MaxRequestBytes => options.MaxUploadRequestBytes;

    /// <summary>The largest file accepted.</summary>
    public long MaxFileBytes => options.MaxUploadFileBytes;

    /// <summary>A new, not yet created batch folder under the uploads folder.</summary>
    public string NewBatch() =>
        Path.Combine(options.ResolvedUploadsDirectory, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where a batch's files go.</summary>
    public static string FilesFolder(string batch) => Path.Combine(batch, "files");

    /// <summary>Deletes a batch and everything in it (a refused upload).</summary>
    public static void Discard(string batch)
    {
        if (Directory.Exists(batch))
        {
            Directory.Delete(batch, recursive: true);
        }
    }

    /// <summary>Ingests the saved files of an upload for <paramref name="user"/>; duplicates and failures are deleted, a refused manifest
    /// discards the batch; each document added or updated is recorded in the audit trail.</summary>
    public async Task<UploadOutcome> IngestAsync(UploadForm form, string batch, string user, CancellationToken cancellationToken)
    {
        var report = form.Refused.Select(r => new IngestFileResult(r.Name, "failed", Reason: r.Reason)).ToList();
        var toIngest = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var saved in form.Saved)
        {
            var existing = index.FindDocumentIdByHash(saved.Hash);
            if (existing is not null || !hashes.Add(saved.Hash))
            {
                File.Delete(saved.FullPath);
                report.Add(new IngestFileResult(saved.Name, "duplicate", existing, existing is null ? "the same content is earlier in this upload" : "the library already holds this content"));
                continue;
            }

            toIngest[saved.FullPath] = saved.Name;
        }

        if (toIngest.Count > 0)
        {
            LibraryManifest? manifest;
            try
            {
                manifest = Manifest(form, batch, toIngest.Keys);
            }
            catch (ManifestException error)
            {
                Discard(batch);
                return new UploadOutcome(report, paths.Redact(error.Message.StartsWith(MetadataSource + ": ", StringComparison.Ordinal) ? error.Message[(MetadataSource.Length + 2)..] : error.Message));
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var outcome = await Task.Run(() => ingestor.Ingest([.. toIngest.Keys], manifest, cancellationToken), cancellationToken).ConfigureAwait(false);
                foreach (var file in outcome.Files)
                {
                    var full = Path.GetFullPath(file.File);
                    if (file.Status is "failed" or "skipped")
                    {
                        File.Delete(full);
                    }

                    var shown = file with { File = toIngest.GetValueOrDefault(full, Path.GetFileName(full)), Reason = file.Reason is null ? null : paths.Redact(file.Reason) };
                    report.Add(shown);
                    if (shown.Id is not null && shown.Status is "added" or "updated")
                    {
                        audit.Record(user, AuditActions.Upload, shown.Id, null, $"{shown.File} ({shown.Status})");
                    }
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        if (!Directory.Exists(FilesFolder(batch)) || !Directory.EnumerateFileSystemEntries(FilesFolder(batch)).Any())
        {
            Discard(batch);
        }

        ReturnMemoryAfterLargeUpload(form);
        return new UploadOutcome(report, null);
    }

    // Extracting, tagging and indexing a 50 MB text leaves about 500 MB of large, dead buffers that the GC would keep
    // reserved for the life of the server; one aggressive collection after a large upload hands them back to the system.
    private static void ReturnMemoryAfterLargeUpload(UploadForm form)
    {
        if (form.Saved.Sum(f => new FileInfo(f.FullPath) is { Exists: true } info ? info.Length : 0) < LargeUploadBytes)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    // The form's metadata, checked exactly as a manifest's rows are, with no CSV written and read back.
    private LibraryManifest? Manifest(UploadForm form, string batch, IEnumerable<string> files)
    {
        var values = MetadataFields.Select(form.Field).ToArray();
        if (values.All(v => v.Length == 0))
        {
            return null;
        }

        var rows = new List<(int Line, IReadOnlyList<string> Fields)> { (1, ["path", .. MetadataFields]) };
        rows.AddRange(files.Select((file, i) => (i + 2, (IReadOnlyList<string>)[Path.GetRelativePath(batch, file), .. values])));
        return ManifestReader.Read(MetadataSource, batch, rows, ingestor.Vocabulary);
    }
}
