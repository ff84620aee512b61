using CsvHelper;

namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>Reads <c>partnerships.csv</c>: id,split,category,vehicle,councils,bodies,lead,documents (lists <c>;</c>-separated).</summary>
internal static class LabelReader
{
    public static List<PartnershipLabel> Read(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = true, Separator = ',' });
        var labels = new List<PartnershipLabel>();
        while (csv.Read())
        {
            try
            {
                labels.Add(Label(name => csv.GetString(name).Trim()));
            }
            catch (Exception ex) when (ex is InvalidDataException or ArgumentException or KeyNotFoundException)
            {
                throw new InvalidDataException($"{path} record {csv.RowNumber}: {ex.Message}", ex);
            }
        }

        return labels;
    }

    private static PartnershipLabel Label(Func<string, string> field)
    {
        var split = field("split") is "tune" or "blind" ? field("split")
            : throw new InvalidDataException($"split must be tune or blind, not \"{field("split")}\"");
        var councils = List(field("councils")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var documents = List(field("documents"));
        if (councils.Count == 0 || documents.Count == 0)
        {
            throw new InvalidDataException("a label needs councils and documents");
        }

        return new PartnershipLabel(
            field("id"),
            split,
            field("category"),
            field("vehicle"),
            councils,
            field("bodies").Length > 0,
            field("lead") is { Length: > 0 } lead ? lead : null,
            documents);
    }

    private static List<string> List(string value) =>
        [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
