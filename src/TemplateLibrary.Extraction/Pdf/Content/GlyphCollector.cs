namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>Collects the glyphs of one page, up to the character limit.</summary>
internal sealed class GlyphCollector(int maxChars, Parsing.PageBox? bounds = null)
{
    /// <summary>Glyphs drawn outside this box are invisible and dropped, as viewers and pdftotext do.</summary>
    public Parsing.PageBox? Bounds { get; } = bounds;

    public List<Glyph> Glyphs { get; } = [];

    public int Characters { get; private set; }

    public bool Full => Characters >= maxChars;

    public void Add(Glyph glyph)
    {
        if (Full)
        {
            return;
        }

        Glyphs.Add(glyph);
        Characters += glyph.Text.Length;
    }

    public void AddActualText(MarkedText marked)
    {
        if (marked.Text.Length == 0 || marked.First is not { } first)
        {
            return;
        }

        Add(first with { Text = marked.Text, EndX = Math.Max(first.X, marked.LastEnd), IsSpace = string.IsNullOrWhiteSpace(marked.Text) });
    }

    public void Clear()
    {
        Glyphs.Clear();
        Characters = 0;
    }
}
