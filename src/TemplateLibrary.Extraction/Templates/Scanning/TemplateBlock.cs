namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>One paragraph or table-cell paragraph of a template, as the reader sees its text.</summary>
internal sealed class TemplateBlock
{
    /// <summary>The visible text.</summary>
    public required string Text { get; init; }

    /// <summary>Body, header, footer, footnotes or endnotes.</summary>
    public required string Part { get; init; }

    /// <summary>Set for a paragraph inside a table cell.</summary>
    public TableCellContext? Table { get; init; }

    /// <summary>The nearest heading above, if any.</summary>
    public string? Heading { get; init; }

    /// <summary>Fields the format marks itself.</summary>
    public IReadOnlyList<KnownMarker> Known { get; init; } = [];

    /// <summary>Stretches of the text that are not fillable prose (Markdown code): never scanned.</summary>
    public IReadOnlyList<(int Start, int Length)> Opaque { get; init; } = [];

    /// <summary>False for a second copy of the same content (a text box's fallback), filled but not counted.</summary>
    public bool Countable { get; init; } = true;

    /// <summary>The format's own object for this block, used when filling.</summary>
    public required object Handle { get; init; }
}
