namespace TemplateLibrary.Core.Ingestion;

/// <summary>The files a walk found, the folders it walked completely, and what it could not walk.</summary>
internal sealed record WalkResult(IReadOnlyList<string> Files, IReadOnlyList<string> Roots, IReadOnlyList<FileOutcome> Outcomes);
