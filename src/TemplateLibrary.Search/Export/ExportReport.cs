namespace TemplateLibrary.Search.Export;

/// <summary>What an export wrote: how many documents, and the original files a bundle had to leave out, each with why.</summary>
public sealed record ExportReport(int Documents, IReadOnlyList<string> Skipped)
{
    /// <summary>True when every document is in the export.</summary>
    public bool IsComplete => Skipped.Count == 0;
}
