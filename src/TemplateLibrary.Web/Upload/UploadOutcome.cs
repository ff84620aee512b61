using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Upload;

/// <summary>What an upload did to each file, or why its metadata was refused (then nothing was ingested).</summary>
internal sealed record UploadOutcome(IReadOnlyList<IngestFileResult> Files, string? MetadataProblem)
{
    /// <summary>How many files ended in one of the statuses.</summary>
    public int Count(params string[] statuses) => Files.Count(f => statuses.Contains(f.Status));

    /// <summary>The JSON report: counts and one entry per file.</summary>
    public object ToJson() => new
    {
        added = Count("added"),
        updated = Count("updated"),
        unchanged = Count("unchanged", "duplicate", "moved"),
        failed = Count("failed"),
        files = Files.Select(f => new { file = f.File, status = f.Status, id = f.Id, reason = f.Reason }),
    };
}
