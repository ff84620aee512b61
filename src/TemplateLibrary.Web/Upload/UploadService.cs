using System.Globalization;
using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Upload;

/// <summary>Checks, saves and ingests uploaded files one upload at a time, and reports on each file.</summary>
internal sealed class UploadService(LibraryWebOptions options, string? apiKey, ILibraryIngestor? ingestor)
{
    private static readonly string[] MetadataFields = ["title", "category", "model", "type", "councils", "partners", "year", "powers", "summary"];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True when a key is configured and there is a pipeline to ingest with.</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(ApiKey) && ingestor is not null;

    /// <summary>The configured key.</summary>
    public string? ApiKey { get; } = apiKey;

    /// <summary>The largest request accepted.</summary>
    public long MaxRequestBytes => options.MaxUploadRequestBytes;

    /// <summary>Saves the acceptable files into a new folder under uploads, ingests them and returns the per-file report.</summary>
    public async Task<UploadOutcome> AcceptAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var batch = Path.Combine(options.ResolvedUploadsDirectory, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        var filesFolder = Path.Combine(batch, "files");
        Directory.CreateDirectory(filesFolder);
        var report = new List<IngestFileResult>();
        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in form.Files)
        {
            var name = SafeName(file.FileName);
            var problem = await CheckAsync(file, name, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                report.Add(new IngestFileResult(name, "failed", Reason: problem));
                continue;
            }

            var target = UniquePath(filesFolder, name);
            var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            await using (stream.ConfigureAwait(false))
            {
                await file.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            saved[Path.GetFullPath(target)] = name;
        }

        if (saved.Count > 0)
        {
            var manifest = WriteManifest(form, batch, saved.Keys);
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var outcome = await Task.Run(() => ingestor!.Ingest([.. saved.Keys], manifest, cancellationToken), cancellationToken).ConfigureAwait(false);
                report.AddRange(outcome.Files.Select(f => f with { File = saved.GetValueOrDefault(Path.GetFullPath(f.File), Path.GetFileName(f.File)) }));
            }
            catch (ManifestException error)
            {
                return new UploadOutcome(report, error.Message);
            }
            finally
            {
                _gate.Release();
            }
        }

        return new UploadOutcome(report, null);
    }

    private async Task<string?> CheckAsync(IFormFile file, string name, CancellationToken cancellationToken)
    {
        if (file.Length > options.MaxUploadFileBytes)
        {
            return $"the file is larger than the {options.MaxUploadFileBytes / (1024 * 1024)} MB limit";
        }

        var head = new byte[4096];
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return ContentSniffer.Problem(Path.GetExtension(name), head.AsSpan(0, read));
        }
    }

    private static string? WriteManifest(IFormCollection form, string batch, IEnumerable<string> files)
    {
        var values = MetadataFields.Select(f => form[f].ToString().Trim()).ToArray();
        if (values.All(v => v.Length == 0))
        {
            return null;
        }

        var csv = new StringBuilder("path,title,category,model,type,councils,partners,year,powers,summary\n");
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(batch, file).Replace('\\', '/');
            csv.Append(Quote(relative));
            foreach (var value in values)
            {
                csv.Append(',').Append(Quote(value));
            }

            csv.Append('\n');
        }

        var manifest = Path.Combine(batch, "manifest.csv");
        File.WriteAllText(manifest, csv.ToString(), new UTF8Encoding(false));
        return manifest;
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().TrimStart('.');
        return cleaned.Length == 0 ? "upload" : cleaned[..Math.Min(cleaned.Length, 150)];
    }

    private static string UniquePath(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        return path;
    }
}
