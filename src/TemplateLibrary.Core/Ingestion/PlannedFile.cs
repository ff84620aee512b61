namespace TemplateLibrary.Core.Ingestion;

/// <summary>A file found on disk, hashed, with what the index already knows of its path.</summary>
internal sealed record PlannedFile(string Path, string Hash, long SizeBytes, DateTimeOffset Modified);
