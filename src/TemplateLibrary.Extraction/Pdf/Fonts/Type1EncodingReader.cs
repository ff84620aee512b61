using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Fonts;

/// <summary>Reads the built-in encoding from the clear-text part of an embedded Type 1 font program ("dup 65 /A put").</summary>
internal static class Type1EncodingReader
{
    public static string?[]? Read(byte[] program, int clearTextLength)
    {
        var end = clearTextLength > 0 && clearTextLength <= program.Length ? clearTextLength : Math.Min(program.Length, 65536);
        var encodingAt = PdfBytes.IndexOf(program, "/Encoding"u8, 0, end);
        if (encodingAt < 0)
        {
            return null;
        }

        var standardAt = PdfBytes.IndexOf(program, "StandardEncoding"u8, encodingAt, Math.Min(end, encodingAt + 40));
        if (standardAt >= 0)
        {
            return StandardEncodings.Standard;
        }

        var table = new string?[256];
        var found = false;
        var position = encodingAt;
        while (true)
        {
            var dup = PdfBytes.IndexOf(program, "dup "u8, position, end);
            if (dup < 0)
            {
                break;
            }

            position = dup + 4;
            var lexer = new PdfLexer(program, position, end, 4);
            if (lexer.ReadObject(allowReferences: false) is int code && lexer.ReadObject(allowReferences: false) is Objects.PdfName name
                && code is >= 0 and < 256)
            {
                table[code] = name.Value;
                found = true;
                position = lexer.Position;
            }
            else if (PdfBytes.IndexOf(program, "readonly def"u8, dup - 20 < 0 ? 0 : dup - 20, dup) >= 0)
            {
                break;
            }
        }

        return found ? table : null;
    }
}
