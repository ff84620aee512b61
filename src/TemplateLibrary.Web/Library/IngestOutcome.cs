namespace TemplateLibrary.Web.Library;

/// <summary>What one ingestion run did, file by file.</summary>
internal sealed record IngestOutcome(IReadOnlyList<IngestFileResult> Files)
{
    /// <summary>How many files ended in the given status.</summary>
    public int CountOf(string status) => Files.Count(f => f.Status == status);
}
