namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>Reads every source in a folder, validating all of them before any is used.</summary>
internal static class SourceLoader
{
    /// <summary>Loads the sources sorted by number; throws with every problem found, each with its file name.</summary>
    public static IReadOnlyList<SourceDocument> Load(string sourcesDirectory)
    {
        if (!Directory.Exists(sourcesDirectory))
        {
            throw new SourceValidationException([$"{sourcesDirectory}: the sources folder does not exist"]);
        }

        var problems = new List<string>();
        var documents = new List<SourceDocument>();
        foreach (var path in Directory.EnumerateFiles(sourcesDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var errors = new List<string>();
            var document = SourceParser.Parse(path, File.ReadAllText(path), errors);
            problems.AddRange(errors.Select(e => $"{Path.GetFileName(path)}: {e}"));
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        foreach (var group in documents.GroupBy(d => d.Number).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(", ", group.Select(d => Path.GetFileName(d.SourcePath)))}: number {group.Key:D3} is used more than once");
        }

        if (problems.Count > 0)
        {
            throw new SourceValidationException(problems);
        }

        return documents.OrderBy(d => d.Number).ToList();
    }
}
