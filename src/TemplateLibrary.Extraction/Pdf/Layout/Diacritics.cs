using TemplateLibrary.Extraction.Pdf.Content;
using TemplateLibrary.Extraction.Pdf.Fonts;

namespace TemplateLibrary.Extraction.Pdf.Layout;

/// <summary>
/// Puts accents drawn as separate glyphs over their letters (as TeX and old producers do: "o" plus "¨")
/// back together as one accented letter, when the accent sits over the letter.
/// </summary>
internal static class Diacritics
{
    public static void Combine(List<Glyph> glyphs, List<bool> spaceBefore)
    {
        for (var i = 0; i < glyphs.Count; i++)
        {
            var accent = glyphs[i];
            if (accent.Text.Length != 1 || CombiningMark(accent.Text[0]) is not { } mark)
            {
                continue;
            }

            var center = (accent.X + accent.EndX) / 2;
            var target = -1;
            if (i + 1 < glyphs.Count && Covers(glyphs[i + 1], center))
            {
                target = i + 1;
            }
            else if (i > 0 && Covers(glyphs[i - 1], center))
            {
                target = i - 1;
            }

            if (target < 0)
            {
                continue;
            }

            var letter = glyphs[target];
            var combined = Compose(letter.Text, mark.Name) ?? letter.Text + mark.Mark;
            glyphs[target] = letter with { Text = combined };
            if (target > i)
            {
                spaceBefore[target] |= spaceBefore[i];
            }

            glyphs.RemoveAt(i);
            spaceBefore.RemoveAt(i);
            i--;
        }
    }

    // The glyph list names accented letters as letter plus accent ("o" + "dieresis"), which composes without ICU.
    private static string? Compose(string letter, string accent)
    {
        var baseName = letter switch
        {
            "\u0131" => "i",
            "\u0237" => "j",
            _ => letter,
        };
        return baseName.Length == 1 && char.IsAsciiLetter(baseName[0]) ? GlyphList.ToUnicode(baseName + accent) : null;
    }

    private static bool Covers(Glyph letter, double center) =>
        letter.Text.Length == 1 && char.IsLetter(letter.Text[0]) && center >= letter.X && center <= letter.EndX;

    private static (char Mark, string Name)? CombiningMark(char accent) => accent switch
    {
        '\u00A8' => ('\u0308', "dieresis"),
        '\u00B4' => ('\u0301', "acute"),
        '`' => ('\u0300', "grave"),
        '\u02C6' or '^' => ('\u0302', "circumflex"),
        '\u02DC' or '~' => ('\u0303', "tilde"),
        '\u00B8' => ('\u0327', "cedilla"),
        '\u02C7' => ('\u030C', "caron"),
        '\u02D8' => ('\u0306', "breve"),
        '\u02DA' => ('\u030A', "ring"),
        '\u00AF' => ('\u0304', "macron"),
        '\u02D9' => ('\u0307', "dotaccent"),
        '\u02DD' => ('\u030B', "hungarumlaut"),
        '\u02DB' => ('\u0328', "ogonek"),
        _ => null,
    };
}
