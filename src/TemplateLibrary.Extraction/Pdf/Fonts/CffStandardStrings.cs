namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>The CFF standard strings 0-228 (the ISOAdobe charset) and the f-ligatures; other expert SIDs are not needed for text.</summary>
internal static class CffStandardStrings
{
    private static readonly Lazy<string[]> Names = new(Build);

    public static string? Get(int sid) => sid >= 0 && sid < Names.Value.Length && Names.Value[sid].Length > 0 ? Names.Value[sid] : null;

    private static string[] Build()
    {
        var names = new List<string> { ".notdef" };
        var standard = StandardEncodings.Standard;
        for (var code = 32; code < 127; code++)
        {
            names.Add(standard[code]!);
        }

        for (var code = 161; code < 256; code++)
        {
            if (standard[code] is { } name)
            {
                names.Add(name);
            }
        }

        names.AddRange(
        [
            "onesuperior", "logicalnot", "mu", "trademark", "Eth", "onehalf", "plusminus", "Thorn", "onequarter", "divide",
            "brokenbar", "degree", "thorn", "threequarters", "twosuperior", "registered", "minus", "eth", "multiply",
            "threesuperior", "copyright", "Aacute", "Acircumflex", "Adieresis", "Agrave", "Aring", "Atilde", "Ccedilla",
            "Eacute", "Ecircumflex", "Edieresis", "Egrave", "Iacute", "Icircumflex", "Idieresis", "Igrave", "Ntilde",
            "Oacute", "Ocircumflex", "Odieresis", "Ograve", "Otilde", "Scaron", "Uacute", "Ucircumflex", "Udieresis",
            "Ugrave", "Yacute", "Ydieresis", "Zcaron", "aacute", "acircumflex", "adieresis", "agrave", "aring", "atilde",
            "ccedilla", "eacute", "ecircumflex", "edieresis", "egrave", "iacute", "icircumflex", "idieresis", "igrave",
            "ntilde", "oacute", "ocircumflex", "odieresis", "ograve", "otilde", "scaron", "uacute", "ucircumflex",
            "udieresis", "ugrave", "yacute", "ydieresis", "zcaron",
        ]);
        // Expert strings are left unnamed, except the f-ligatures (SIDs 266-268) that TeX fonts use.
        while (names.Count < 266)
        {
            names.Add(string.Empty);
        }

        names.AddRange(["ff", "ffi", "ffl"]);
        return [.. names];
    }
}
