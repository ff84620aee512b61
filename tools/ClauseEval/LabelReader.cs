using CsvHelper;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>Reads the labelled sets: <c>clauses-*.csv</c> (source,number,heading,kinds,split) and <c>facts-*.csv</c>.</summary>
internal static class LabelReader
{
    public static List<ClauseLabel> Clauses(string folder) =>
        [.. Read(folder, "clauses-*.csv", row => new ClauseLabel(
            row("source"),
            row("number"),
            row("heading"),
            row("kinds").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            Split(row("split"))))];

    public static List<FactLabel> Facts(string folder) =>
        [.. Read(folder, "facts-*.csv", row => new FactLabel(
            row("source"),
            [.. row("parties").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Party)],
            row("agreement_date"),
            row("commencement_date"),
            row("end_date"),
            row("term"),
            row("notice_period"),
            row("review_date"),
            Split(row("split"))))];

    private static (string Name, string Role) Party(string entry)
    {
        var equals = entry.LastIndexOf('=');
        return equals < 0 ? (entry, string.Empty) : (entry[..equals].Trim(), entry[(equals + 1)..].Trim());
    }

    private static string Split(string split) => split.Trim().ToLowerInvariant() switch
    {
        "tune" => "tune",
        "blind" => "blind",
        var other => throw new InvalidDataException($"unknown split \"{other}\" (expected tune or blind)"),
    };

    private static IEnumerable<T> Read<T>(string folder, string pattern, Func<Func<string, string>, T> make)
    {
        foreach (var path in Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, Separator = ',' });
            var rows = new List<T>();
            while (csv.Read())
            {
                try
                {
                    rows.Add(make(name => csv.GetString(name).Trim()));
                }
                catch (Exception ex) when (ex is InvalidDataException or ArgumentException or KeyNotFoundException)
                {
                    throw new InvalidDataException($"{path} record {csv.RowNumber}: {ex.Message}", ex);
                }
            }

            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }
}
