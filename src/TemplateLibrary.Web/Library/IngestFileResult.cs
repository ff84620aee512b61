namespace TemplateLibrary.Web.Library;

/// <summary>What happened to one file: added, updated, unchanged, removed or failed (with the reason).</summary>
internal sealed record IngestFileResult(string File, string Status, string? Id = null, string? Reason = null);
