using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Model;

/// <summary>Everything the index holds about one document.</summary>
public sealed record StoredDocument
{
    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The SHA-256 of the content.</summary>
    public required string Hash { get; init; }

    /// <summary>The display title.</summary>
    public required string Title { get; init; }

    /// <summary>The summary, when one was supplied.</summary>
    public string? Summary { get; init; }

    /// <summary>The format id.</summary>
    public required string Format { get; init; }

    /// <summary>The primary file path.</summary>
    public required string Path { get; init; }

    /// <summary>Every file path holding this content, primary first.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The size of the file in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The page count, for paged formats.</summary>
    public int? PageCount { get; init; }

    /// <summary>The number of words.</summary>
    public int WordCount { get; init; }

    /// <summary>The effective year, if known.</summary>
    public int? Year { get; init; }

    /// <summary>When the file was last written.</summary>
    public DateTimeOffset FileModified { get; init; }

    /// <summary>When the document was last indexed.</summary>
    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>Metadata declared in the file.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>The headings, in order.</summary>
    public required IReadOnlyList<DocumentHeading> Headings { get; init; }

    /// <summary>Extraction warnings.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>Every tag from every source, with confidence and evidence.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>The tags that count (highest source per facet).</summary>
    public required IReadOnlyList<Tag> EffectiveTags { get; init; }

    /// <summary>The extracted text.</summary>
    public required string Text { get; init; }

    /// <summary>The agreement's clauses in document order and its facts; <see cref="AgreementAnalysis.None"/> for other documents.</summary>
    public AgreementAnalysis Agreement { get; init; } = AgreementAnalysis.None;
}
