using TemplateLibrary.Extraction.Pdf.Fonts;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>A marked-content span with /ActualText: its glyphs are replaced by that text.</summary>
internal sealed class MarkedText(string text)
{
    public string Text { get; } = text;

    public Glyph? First { get; private set; }

    public double LastEnd { get; private set; }

    public static MarkedText? From(PdfFile file, PdfDictionary? resources, object? operand)
    {
        var properties = operand switch
        {
            PdfDictionary inline => inline,
            PdfName name => file.ResolveDictionary(file.ResolveDictionary(resources?["Properties"])?[name.Value]),
            _ => null,
        };
        if (file.Resolve(properties?["ActualText"]) is not PdfString actual)
        {
            return null;
        }

        return new MarkedText(TextDecoding.DecodeTextString(actual.Bytes));
    }

    /// <summary>Records where a glyph of the span is drawn, so the replacement text lands there.</summary>
    public void Capture(TextState state, PdfFont font, double width)
    {
        var collector = new GlyphCollector(16);
        state.Emit(collector, "x", font, width, isSpaceCode: false);
        var glyph = collector.Glyphs[0];
        First ??= glyph;
        if (glyph.Direction == First.Value.Direction)
        {
            LastEnd = Math.Max(LastEnd, glyph.EndX);
        }
    }
}
