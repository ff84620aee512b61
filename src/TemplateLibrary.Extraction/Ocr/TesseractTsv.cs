using System.Globalization;
using System.Text;

namespace TemplateLibrary.Extraction.Ocr;

/// <summary>Reads Tesseract's TSV output: words grouped into lines and paragraphs, with their confidences.</summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5;

    public static OcrPageText Parse(string tsv)
    {
        var text = new StringBuilder();
        var lineKey = (-1, -1, -1);
        var confidenceSum = 0.0;
        var words = 0;
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            // level page_num block_num par_num line_num word_num left top width height conf text
            var fields = row.TrimEnd('\r').Split('\t');
            if (fields.Length < 12 || fields[0] != WordLevel.ToString(CultureInfo.InvariantCulture) || fields[11].Trim().Length == 0)
            {
                continue;
            }

            var key = (Int(fields[2]), Int(fields[3]), Int(fields[4]));
            if (key != lineKey)
            {
                if (text.Length > 0)
                {
                    // A new paragraph (or block) is a blank line; a new line inside one is a line break.
                    text.Append(key.Item1 != lineKey.Item1 || key.Item2 != lineKey.Item2 ? "\n\n" : "\n");
                }

                lineKey = key;
            }
            else
            {
                text.Append(' ');
            }

            text.Append(fields[11].Trim());
            if (double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) && confidence >= 0)
            {
                confidenceSum += confidence;
                words++;
            }
        }

        return new OcrPageText(text.ToString(), words == 0 ? 0 : Math.Round(confidenceSum / words / 100, 3), words);
    }

    private static int Int(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
