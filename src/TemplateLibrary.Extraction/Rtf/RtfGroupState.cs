namespace TemplateLibrary.Extraction.Rtf;

/// <summary>The properties a group inherits from its parent and restores on its close.</summary>
internal sealed class RtfGroupState
{
    public RtfDestination Destination { get; set; } = RtfDestination.Body;

    /// <summary>The \info property collected here (title, author, subject, keywords).</summary>
    public string? InfoName { get; set; }

    /// <summary>Inside \upr: where the Unicode version (\ud) of its text goes; the ANSI version is skipped.</summary>
    public RtfDestination? UnicodeVersionDestination { get; set; }

    /// <summary>How many fallback characters follow each \uN (\ucN).</summary>
    public int UnicodeSkip { get; set; } = 1;

    /// <summary>The code page of the current font's charset; null means the document's \ansicpg.</summary>
    public int? CodePage { get; set; }

    /// <summary>True in a Symbol-charset font, whose bytes are glyph codes, not letters.</summary>
    public bool SymbolFont { get; set; }

    /// <summary>Hidden text (\v).</summary>
    public bool Hidden { get; set; }

    /// <summary>In a footnote or endnote: its text is kept apart and follows the body.</summary>
    public bool InNote { get; set; }

    /// <summary>The paragraph's style number (\sN).</summary>
    public int Style { get; set; }

    /// <summary>The paragraph's outline level (\outlinelevelN), or -1.</summary>
    public int OutlineLevel { get; set; } = -1;

    /// <summary>The paragraph is part of a table (\intbl).</summary>
    public bool InTable { get; set; }

    public RtfGroupState Clone() => (RtfGroupState)MemberwiseClone();

    /// <summary>\pard: paragraph properties back to their defaults.</summary>
    public void ResetParagraph()
    {
        Style = 0;
        OutlineLevel = -1;
        InTable = false;
    }
}
