namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Builds or locates templib, prepares an index, runs every judged query and scores it.</summary>
internal static class Evaluation
{
    private const int Limit = 10;

    public static EvalReport Run(EvalOptions options, string root, IReadOnlyList<JudgedQuery> queries, TextWriter progress)
    {
        if (queries.Count == 0)
        {
            throw new UsageException($"{options.SetPath}: no queries in split '{options.Split}'");
        }

        if (options.Index is not null && !Directory.Exists(options.Index))
        {
            throw new UsageException($"{options.Index}: index folder not found");
        }

        progress.WriteLine(options.Templib is null ? "Building templib (Release)…" : $"Using {options.Templib}");
        var templib = options.Templib is null ? TemplibClient.Build(root) : TemplibClient.Located(options.Templib);
        var temporary = options.Index is null ? Path.Combine(Path.GetTempPath(), $"templib-relevance-{Guid.NewGuid():N}") : null;
        try
        {
            var index = options.Index ?? temporary!;
            var failures = 0;
            if (temporary is not null)
            {
                progress.WriteLine($"Ingesting {options.Corpus} into {temporary}…");
                failures = templib.Ingest(options.Corpus, options.Manifest, temporary);
            }

            progress.WriteLine($"Running {queries.Count} queries…");
            var outcomes = queries
                .Select(query =>
                {
                    var (paths, total, error) = templib.Search(query.Query, index, Limit);
                    return QueryOutcome.From(query, paths, total, error);
                })
                .ToList();
            return new EvalReport(options.SetPath, templib.Executable, options.Index ?? "(temporary, deleted after the run)", failures, MissingDocuments(options.Corpus, queries), outcomes);
        }
        finally
        {
            if (temporary is not null && Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Judged paths that no longer exist in the library folder, so their grades can never count.</summary>
    private static List<string> MissingDocuments(string corpus, IReadOnlyList<JudgedQuery> queries) =>
        !Directory.Exists(corpus)
            ? []
            : [.. queries.SelectMany(query => query.Judged.Keys).Distinct(StringComparer.Ordinal)
                .Where(path => !File.Exists(Path.Combine(corpus, path))).Order(StringComparer.Ordinal)];
}
