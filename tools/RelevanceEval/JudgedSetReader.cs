using System.Text.Json;

namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Reads and validates the judged set (JSON); every problem names the file and the query.</summary>
internal static class JudgedSetReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<JudgedQuery> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: judged set not found");
        }

        SetFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<SetFile>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}: not a judged set: {e.Message}");
        }

        if (file?.Queries is not { Count: > 0 } entries)
        {
            throw new UsageException($"{path}: no queries");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var queries = new List<JudgedQuery>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var query = Validate(entries[i], $"{path}: query {i + 1}");
            if (!ids.Add(query.Id))
            {
                throw new UsageException($"{path}: query id '{query.Id}' appears twice");
            }

            queries.Add(query);
        }

        return queries;
    }

    private static JudgedQuery Validate(QueryEntry entry, string where)
    {
        var id = Required(entry.Id, where, "id");
        where = $"{where} ({id})";
        var text = Required(entry.Query, where, "query");
        var kind = Required(entry.Kind, where, "kind");
        if (!JudgedQuery.Kinds.Contains(kind))
        {
            throw new UsageException($"{where}: unknown kind '{kind}' (allowed: {string.Join(", ", JudgedQuery.Kinds)})");
        }

        var split = Required(entry.Split, where, "split");
        if (split is not (JudgedQuery.Tune or JudgedQuery.Blind))
        {
            throw new UsageException($"{where}: split must be '{JudgedQuery.Tune}' or '{JudgedQuery.Blind}', not '{split}'");
        }

        var judged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rawPath, grade) in entry.Judged ?? [])
        {
            if (grade is < 0 or > RankingMetrics.MaxGrade)
            {
                throw new UsageException($"{where}: grade {grade} for '{rawPath}' is not 0, 1 or 2");
            }

            var documentPath = LibraryPath.Normalise(rawPath);
            if (documentPath.Length == 0 || !judged.TryAdd(documentPath, grade))
            {
                throw new UsageException($"{where}: document path '{rawPath}' is empty or judged twice");
            }
        }

        if (!judged.Values.Any(grade => grade >= RankingMetrics.RelevantGrade))
        {
            throw new UsageException($"{where}: no document graded 1 or 2, so its figures would be undefined");
        }

        return new JudgedQuery(id, text, kind, split, entry.Need ?? "", judged);
    }

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException($"{where}: '{field}' is missing") : value;

    private sealed class SetFile
    {
        public List<QueryEntry>? Queries { get; init; }
    }

    private sealed class QueryEntry
    {
        public string? Id { get; init; }

        public string? Query { get; init; }

        public string? Kind { get; init; }

        public string? Split { get; init; }

        public string? Need { get; init; }

        public Dictionary<string, int>? Judged { get; init; }
    }
}
