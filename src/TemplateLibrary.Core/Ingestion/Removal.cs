namespace TemplateLibrary.Core.Ingestion;

/// <summary>A known path that is gone from a walked folder; <see cref="Moved"/> when its content turned up elsewhere.</summary>
internal sealed record Removal(string Path, string DocumentId, string Hash)
{
    public bool Moved { get; set; }
}
