namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>
/// Maps ZapfDingbats codes to Unicode. The Dingbats block follows the font's code order; the symbols that
/// Unicode already had elsewhere (telephone, pointing hands, star, shapes, suits, circled digits, arrows) are the exceptions.
/// </summary>
internal static class DingbatsUnicode
{
    public static string? Map(int code)
    {
        int? value = code switch
        {
            0x20 => 0x20,
            0x25 => 0x260E,
            0x2A => 0x261B,
            0x2B => 0x261E,
            0x48 => 0x2605,
            0x6C => 0x25CF,
            0x6E => 0x25A0,
            0x73 => 0x25B2,
            0x74 => 0x25BC,
            0x75 => 0x25C6,
            0x77 => 0x25D7,
            >= 0x21 and <= 0x7E => 0x2700 + (code - 0x20),
            >= 0x80 and <= 0x8D => 0x2768 + (code - 0x80),
            0xA8 => 0x2663,
            0xA9 => 0x2666,
            0xAA => 0x2665,
            0xAB => 0x2660,
            >= 0xAC and <= 0xB5 => 0x2460 + (code - 0xAC),
            0xD5 => 0x2192,
            0xD6 => 0x2194,
            0xD7 => 0x2195,
            >= 0xA1 and <= 0xFE => 0x2760 + (code - 0xA0),
            _ => null,
        };
        return value is { } v ? char.ConvertFromUtf32(v) : null;
    }
}
