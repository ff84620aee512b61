namespace TemplateLibrary.Core.Clauses;

/// <summary>One line of the extracted text, with what the segmenter learned about it.</summary>
internal sealed class SourceLine
{
    public SourceLine(int index, int start, int end, string text, bool blockStart)
    {
        Index = index;
        Start = start;
        End = end;
        Text = text;
        BlockStart = blockStart;
    }

    /// <summary>The line's position among the document's non-empty lines.</summary>
    public int Index { get; }

    /// <summary>Where the line starts in the document text.</summary>
    public int Start { get; }

    /// <summary>Where the line ends (exclusive) in the document text.</summary>
    public int End { get; }

    /// <summary>The line without surrounding spaces or a leading bullet.</summary>
    public string Text { get; }

    /// <summary>True when a blank line (or the start of the text) comes before this line.</summary>
    public bool BlockStart { get; }

    /// <summary>The heading level when the extractor reported this line as a styled heading.</summary>
    public int? HeadingLevel { get; set; }

    /// <summary>True for a repeated page header or footer, or a bare page number.</summary>
    public bool Furniture { get; set; }

    /// <summary>True for an entry of a table of contents.</summary>
    public bool Contents { get; set; }

    /// <summary>The numbering or heading the line starts with, if any.</summary>
    public ClauseMarker? Marker { get; set; }
}
