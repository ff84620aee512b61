using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf.Content;

/// <summary>Skips an inline image (BI … ID data EI) so its binary data is not read as operators.</summary>
internal static class InlineImages
{
    public static void Skip(PdfLexer lexer)
    {
        while (true)
        {
            var value = lexer.ReadObject(allowReferences: false, out var endOfInput);
            if (endOfInput)
            {
                return;
            }

            if (value is PdfOperator { Name: "ID" })
            {
                break;
            }
        }

        var data = lexer.Data;
        var position = lexer.Position + 1;
        while (position + 1 < lexer.End)
        {
            if (data[position] == 'E' && data[position + 1] == 'I'
                && PdfBytes.IsWhitespace(data[position - 1])
                && (position + 2 >= lexer.End || PdfBytes.IsWhitespace(data[position + 2]) || PdfBytes.IsDelimiter(data[position + 2])))
            {
                lexer.Position = position + 2;
                return;
            }

            position++;
        }

        lexer.Position = lexer.End;
    }
}
