using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Clauses;

/// <summary>One segment of an agreement: its number, heading, text, place in the document and, once classified, its kinds.</summary>
public sealed record Clause
{
    /// <summary>The position of this segment in document order, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>What the segment is.</summary>
    public required ClauseForm Form { get; init; }

    /// <summary>The number as the document writes it ("12", "12.1", "(a)", "Schedule 3", "Article 4", "Part A"); null when unnumbered.</summary>
    public string? Number { get; init; }

    /// <summary>The heading, without its number; null when the segment has none.</summary>
    public string? Heading { get; init; }

    /// <summary>The segment's text, its children's included, without page headers and footers.</summary>
    public required string Text { get; init; }

    /// <summary>Where the segment starts in the extracted document's text.</summary>
    public required int Start { get; init; }

    /// <summary>How many characters of the extracted document's text the segment spans.</summary>
    public required int Length { get; init; }

    /// <summary>The page the segment starts on (1-based), for paged formats.</summary>
    public int? Page { get; init; }

    /// <summary>The <see cref="Index"/> of the enclosing segment; null at the top level.</summary>
    public int? Parent { get; init; }

    /// <summary>How deep the segment is: 0 at the top level.</summary>
    public int Depth { get; init; }

    /// <summary>A fragment id unique in the document, such as <c>clause-12</c> or <c>schedule-3-part-b</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>The clause kinds, strongest first, each with its confidence and the cues that fired; empty until classified.</summary>
    public IReadOnlyList<FacetMatch> Kinds { get; init; } = [];

    /// <summary>
    /// True for the segments clause kinds are given to and clause search lists: the outermost clauses, sections and
    /// schedules, and parts whose numbered paragraphs have no headings of their own.
    /// </summary>
    public bool IsUnit { get; init; }
}
