namespace TemplateLibrary.Web.Library;

/// <summary>Everything the document page and API show about one document.</summary>
internal sealed record LibraryDocument
{
    /// <summary>The document id.</summary>
    public required string Id { get; init; }

    /// <summary>The display title.</summary>
    public required string Title { get; init; }

    /// <summary>The format id.</summary>
    public string Format { get; init; } = "";

    /// <summary>Every path holding this content; the first is the one served.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The file size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The word count.</summary>
    public int WordCount { get; init; }

    /// <summary>The page count, for paged formats.</summary>
    public int? PageCount { get; init; }

    /// <summary>The librarian's summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The declared author.</summary>
    public string? Author { get; init; }

    /// <summary>Tags from every source.</summary>
    public IReadOnlyList<LibraryTag> Tags { get; init; } = [];

    /// <summary>The tags that count: the highest source per facet; empty means all of <see cref="Tags"/> count.</summary>
    public IReadOnlyList<LibraryTag> EffectiveTags { get; init; } = [];

    /// <summary>The outline.</summary>
    public IReadOnlyList<LibraryHeading> Headings { get; init; } = [];

    /// <summary>The extracted text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The effective tags of one facet, best first.</summary>
    public IEnumerable<LibraryTag> TagsOf(string facet) =>
        (EffectiveTags.Count > 0 ? EffectiveTags : Tags).Where(t => t.Facet == facet).OrderByDescending(t => t.Confidence);
}
