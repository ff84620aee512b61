using CsvHelper;

namespace TemplateLibrary.Core.Csv;

/// <summary>Every CSV the library reads or writes (manifests, labelled sets, exports) goes through CsvHelper here: RFC 4180,
/// quoted fields with doubled quotes and line breaks, a byte order mark skipped.</summary>
public static class CsvTable
{
    private static readonly CsvReaderOptions ReadOptions = new()
    {
        HasHeader = false,
        Separator = ',',
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    /// <summary>Every record of the text with the 1-based line it starts on; blank lines are skipped.</summary>
    /// <exception cref="FormatException">The text is not well-formed CSV; the message names the line.</exception>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(int, IReadOnlyList<string>)>();
        try
        {
            using var csv = CsvReader.FromText(text, ReadOptions);
            while (csv.Read())
            {
                var fields = new string[csv.FieldCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.GetString(i);
                }

                rows.Add(((int)csv.LineNumber, fields));
            }
        }
        catch (CsvFormatException error)
        {
            throw new FormatException(error.LineNumber > 0 ? $"line {error.LineNumber}: {Reason(error.Message)}" : error.Message, error);
        }

        return rows;
    }

    /// <summary>Writes a header and rows, quoting only where needed; <paramref name="byteOrderMark"/> makes Excel read it as UTF-8.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool byteOrderMark = false, string newLine = "\r\n")
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ',', NewLine = newLine, WriteByteOrderMark = byteOrderMark }, leaveOpen: true);
        csv.WriteRecord([.. header]);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row]);
        }

        csv.Flush();
    }

    /// <summary>The rows as CSV text (no byte order mark).</summary>
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string newLine = "\r\n")
    {
        using var memory = new MemoryStream();
        Write(memory, header, rows, byteOrderMark: false, newLine);
        return new System.Text.UTF8Encoding(false).GetString(memory.ToArray());
    }

    // "Malformed CSV in record 2 (line 2): a quoted field that is never closed (byte offset 37)." -> the reason alone.
    private static string Reason(string message)
    {
        var start = message.IndexOf("): ", StringComparison.Ordinal);
        var reason = start >= 0 ? message[(start + 3)..] : message;
        var offset = reason.LastIndexOf(" (byte offset", StringComparison.Ordinal);
        return (offset >= 0 ? reason[..offset] : reason).TrimEnd('.');
    }
}
