using System.Text;

namespace TemplateLibrary.Core.Ingestion.Manifest;

/// <summary>An RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvParser
{
    /// <summary>Parses the text into rows, each with the 1-based line on which it starts.</summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Parse(string text)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    AddRow(rows, rowLine, fields);
                    fields = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"line {rowLine}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            fields.Add(field.ToString());
            AddRow(rows, rowLine, fields);
        }

        return rows;
    }

    private static void AddRow(List<(int, IReadOnlyList<string>)> rows, int line, List<string> fields)
    {
        // Blank lines (one empty field) carry no row; Excel leaves them at the end of a sheet.
        if (fields.Count == 1 && fields[0].Length == 0)
        {
            return;
        }

        rows.Add((line, fields));
    }
}
