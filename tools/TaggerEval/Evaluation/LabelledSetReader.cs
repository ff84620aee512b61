using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>
/// Reads labelled documents: an evaluation folder (text files plus <c>labels.csv</c> with
/// <c>file,category,model,type,powers</c>) or a corpus manifest (<c>path,title,category,model,type,councils,year,powers,summary</c>).
/// Only plain text, Markdown and HTML are read here; other formats are reported as skipped.
/// </summary>
internal static partial class LabelledSetReader
{
    /// <summary>Reads an evaluation folder with its <c>labels.csv</c>.</summary>
    public static IReadOnlyList<LabelledDocument> ReadFolder(string folder)
    {
        var rows = Rows(Path.Combine(folder, "labels.csv"));
        return [.. rows.Select(r => new LabelledDocument(
            r["file"],
            new TaggingInput { Body = File.ReadAllText(Path.Combine(folder, r["file"])) },
            Value(r, "category"),
            Value(r, "model"),
            Value(r, "type"),
            Values(r, "powers") ?? []))];
    }

    /// <summary>
    /// Reads a manifest's labelled files. With an extractor every format it supports is read; without one only
    /// .txt, .md and .html are. Files that cannot be read are listed in <paramref name="skipped"/> with the reason.
    /// </summary>
    public static IReadOnlyList<LabelledDocument> ReadManifest(string manifestPath, IFileExtractor? extractor, out IReadOnlyList<string> skipped)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? ".";
        var documents = new List<LabelledDocument>();
        var notRead = new List<string>();
        foreach (var row in Rows(manifestPath))
        {
            var path = Path.Combine(folder, row["path"]);
            var input = Read(path, extractor, out var problem);
            if (input is null)
            {
                notRead.Add($"{row["path"]}: {problem}");
                continue;
            }

            documents.Add(new LabelledDocument(
                row["path"],
                input with { Title = input.Title ?? Value(row, "title") },
                Values(row, "category")?.FirstOrDefault(),
                Value(row, "model"),
                Value(row, "type"),
                Values(row, "powers"),
                Values(row, "councils") ?? []));
        }

        skipped = notRead;
        return documents;
    }

    /// <summary>
    /// Reads Markdown files whose front matter carries the labels (<c>category</c>, <c>model</c>, <c>type</c>,
    /// <c>powers</c>, several values separated by ';'); the tagger sees only the text after the front matter.
    /// </summary>
    public static IReadOnlyList<LabelledDocument> ReadFrontMatterFolder(string folder)
    {
        var documents = new List<LabelledDocument>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var frontMatter = FrontMatterReader.Read(File.ReadAllText(path));
            if (!frontMatter.Present)
            {
                continue;
            }

            var labels = frontMatter.Values.ToDictionary(pair => pair.Key, pair => string.Join(';', pair.Value), StringComparer.Ordinal);
            documents.Add(new LabelledDocument(
                Path.GetFileName(path),
                new TaggingInput { Body = frontMatter.Body },
                Values(labels, "category")?.FirstOrDefault(),
                Value(labels, "model"),
                Value(labels, "type"),
                Values(labels, "powers") ?? []));
        }

        return documents;
    }

    private static TaggingInput? Read(string path, IFileExtractor? extractor, out string problem)
    {
        problem = string.Empty;
        if (!File.Exists(path))
        {
            problem = "file not found";
            return null;
        }

        if (extractor is not null)
        {
            try
            {
                return TaggingInput.From(extractor.Extract(path, CancellationToken.None));
            }
            catch (ExtractionException ex)
            {
                problem = ex.Message;
                return null;
            }
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".TXT" or ".MD" or ".HTML" or ".HTM"))
        {
            problem = "needs an extractor";
            return null;
        }

        var text = File.ReadAllText(path);
        if (extension is ".HTML" or ".HTM")
        {
            text = Tags().Replace(Scripts().Replace(text, " "), "\n");
        }

        return new TaggingInput { Body = text };
    }

    private static List<Dictionary<string, string>> Rows(string csvPath)
    {
        var rows = CsvReader.Parse(File.ReadAllText(csvPath));
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        return [.. rows.Skip(1).Select(r =>
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < r.Length ? r[i].Trim() : string.Empty;
            }

            return row;
        })];
    }

    private static string? Value(Dictionary<string, string> row, string key) =>
        row.TryGetValue(key, out var v) && v.Length > 0 ? v.Split(';')[0].Trim() : null;

    private static List<string>? Values(Dictionary<string, string> row, string key) =>
        row.TryGetValue(key, out var v) && v.Length > 0
            ? [.. v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : null;

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scripts();
}
