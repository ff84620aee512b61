using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Ingestion.Manifest;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Ingestion;

/// <summary>How the pipeline is put together: limits, tagging and the vocabulary for in-file metadata.</summary>
public sealed record IngestionOptions
{
    /// <summary>The file extensions a folder walk picks up; other files are reported as skipped.</summary>
    public static IReadOnlySet<string> DefaultExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".doc", ".rtf", ".xlsx", ".pptx", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm", ".odt",
    };

    /// <summary>Size and time limits per file.</summary>
    public ExtractionLimits Limits { get; init; } = ExtractionLimits.Default;

    /// <summary>The automatic tagger.</summary>
    public IDocumentTagger Tagger { get; init; } = NoTagger.Instance;

    /// <summary>Reads the clauses and facts of agreements, MOUs, terms of reference and templates; null reads none.</summary>
    public AgreementReader? Agreements { get; init; }

    /// <summary>Resolves facet values found in file metadata.</summary>
    public IFacetVocabulary Vocabulary { get; init; } = OpenVocabulary.Instance;

    /// <summary>The extensions a folder walk picks up.</summary>
    public IReadOnlySet<string> Extensions { get; init; } = DefaultExtensions;

    /// <summary>The most documents written in one transaction.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>True for content (by SHA-256) a librarian removed: such files are skipped until the document is restored.</summary>
    public Func<string, bool>? IsRemoved { get; init; }
}
