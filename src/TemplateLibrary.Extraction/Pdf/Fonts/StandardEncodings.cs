namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>The base encodings as 256 glyph names each (null where the code is undefined).</summary>
internal static class StandardEncodings
{
    private static readonly Lazy<Dictionary<string, string?[]>> Tables = new(Load);

    public static string?[] Standard => Tables.Value["StandardEncoding"];

    public static string?[] WinAnsi => Tables.Value["WinAnsiEncoding"];

    public static string?[] MacRoman => Tables.Value["MacRomanEncoding"];

    public static string?[] PdfDoc => Tables.Value["PDFDocEncoding"];

    public static string?[] Symbol => Tables.Value["SymbolEncoding"];

    public static string?[] ZapfDingbats => Tables.Value["DingbatsEncoding"];

    public static string?[]? ByName(string? name) => name switch
    {
        "StandardEncoding" => Standard,
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" or "MacExpertEncoding" => MacRoman,
        "PDFDocEncoding" => PdfDoc,
        _ => null,
    };

    private static Dictionary<string, string?[]> Load()
    {
        var tables = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var lines = EncodingData.Tables.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            var names = lines[i + 1].Split(' ');
            var table = new string?[256];
            for (var code = 0; code < 256 && code < names.Length; code++)
            {
                table[code] = names[code] == "-" ? null : names[code];
            }

            tables[lines[i].Trim()] = table;
        }

        // WinAnsi prints undefined codes above 127 as bullets; PDF readers map the gaps that way too.
        var winAnsi = tables["WinAnsiEncoding"];
        foreach (var code in new[] { 0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D })
        {
            winAnsi[code] ??= "bullet";
        }

        winAnsi[0xA0] = "space";
        winAnsi[0xAD] = "hyphen";
        return tables;
    }
}
