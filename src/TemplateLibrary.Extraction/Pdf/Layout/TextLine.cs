using TemplateLibrary.Extraction.Pdf.Content;

namespace TemplateLibrary.Extraction.Pdf.Layout;

/// <summary>Glyphs that share a baseline and direction, in drawing order until sorted.</summary>
internal sealed class TextLine(Glyph first, int order)
{
    public List<Glyph> Glyphs { get; } = [first];

    public int Direction { get; } = first.Direction;

    public double Y { get; private set; } = first.Y;

    public double MinX { get; private set; } = first.X;

    public double MaxX { get; private set; } = first.EndX;

    public double Size { get; private set; } = first.Size;

    /// <summary>When the line was first drawn, relative to the other lines of the page.</summary>
    public int Order { get; } = order;

    public bool Sorted { get; set; }

    public void Add(Glyph glyph)
    {
        Glyphs.Add(glyph);
        MinX = Math.Min(MinX, glyph.X);
        MaxX = Math.Max(MaxX, glyph.EndX);
        Size = Math.Max(Size, glyph.Size);
    }

    public void Absorb(TextLine other)
    {
        foreach (var glyph in other.Glyphs)
        {
            Add(glyph);
        }

        Sorted = false;
    }
}
