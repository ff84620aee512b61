namespace TemplateLibrary.Core.Tagging;

/// <summary>Where a tag came from; a higher value overrides a lower one.</summary>
public enum TagSource
{
    /// <summary>The automatic tagger.</summary>
    Auto = 0,

    /// <summary>Metadata inside the file (front matter, document properties).</summary>
    File = 1,

    /// <summary>The librarian's manifest or sidecar metadata.</summary>
    Manifest = 2,

    /// <summary>A librarian's correction with <c>templib retag</c>; kept across re-ingests.</summary>
    Librarian = 3,
}
