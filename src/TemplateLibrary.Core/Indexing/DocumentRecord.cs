using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Indexing;

/// <summary>Everything the index stores about one document.</summary>
public sealed class DocumentRecord
{
    /// <summary>The stable id, assigned when the content is first indexed.</summary>
    public required string Id { get; init; }

    /// <summary>The lower-case hex SHA-256 of the content.</summary>
    public required string Hash { get; init; }

    /// <summary>The path the content was read from (further identical copies are attached as paths).</summary>
    public required string Path { get; init; }

    /// <summary>The size of the file in bytes.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>The display title: manifest, then file metadata, then the first heading, then the file name.</summary>
    public required string Title { get; init; }

    /// <summary>A one-paragraph summary, when the manifest gives one.</summary>
    public string? Summary { get; init; }

    /// <summary>What the extractor read.</summary>
    public required ExtractedDocument Content { get; init; }

    /// <summary>The document's tags from every source; the index keeps librarian tags it already has.</summary>
    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>The number of words in the text.</summary>
    public int WordCount { get; init; }

    /// <summary>When the file was last written, as the file system says.</summary>
    public DateTimeOffset FileModified { get; init; }

    /// <summary>
    /// For agreements, MOUs, terms of reference and templates: the clauses with their kinds and the agreement's facts
    /// (parties, dates, term, notice period, review); <see cref="AgreementAnalysis.None"/> for other documents.
    /// </summary>
    public AgreementAnalysis Agreement { get; init; } = AgreementAnalysis.None;

    /// <summary>The MinHash sketch of the text, for finding near-duplicates.</summary>
    public MinHashSignature? Signature { get; init; }
}
