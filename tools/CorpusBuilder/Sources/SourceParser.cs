using System.Globalization;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>Parses and validates one source file against the fixed taxonomy.</summary>
internal static partial class SourceParser
{
    private static readonly string[] RequiredKeys = ["n", "title", "category", "model", "type", "councils", "year", "powers", "summary", "format"];

    /// <summary>Returns the document, or null with the reasons added to <paramref name="errors"/>.</summary>
    public static SourceDocument? Parse(string path, string text, List<string> errors)
    {
        var fileName = Path.GetFileName(path);
        var nameMatch = FileNamePattern().Match(fileName);
        if (!nameMatch.Success)
        {
            errors.Add("file name must be NNN-slug.md (three digits, lower-case slug)");
            return null;
        }

        var frontMatter = FrontMatterReader.Read(text);
        if (!frontMatter.Present && frontMatter.Error is null)
        {
            errors.Add("does not start with a '---' front matter line");
        }
        else if (frontMatter.Error is { } problem)
        {
            errors.Add(problem);
        }

        var fields = frontMatter.Values.ToDictionary(pair => pair.Key, pair => string.Join("; ", pair.Value), StringComparer.Ordinal);
        var body = frontMatter.Body;
        foreach (var key in RequiredKeys.Where(k => !fields.ContainsKey(k)))
        {
            errors.Add($"front matter lacks '{key}'");
        }

        foreach (var key in fields.Keys.Where(k => !RequiredKeys.Contains(k)))
        {
            errors.Add($"front matter has unknown key '{key}'");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var fileNumber = int.Parse(nameMatch.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!int.TryParse(fields["n"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != fileNumber)
        {
            errors.Add($"n '{fields["n"]}' does not match the file number {fileNumber:D3}");
        }

        var categories = SplitList(fields["category"]);
        if (categories.Count == 0)
        {
            errors.Add("category is empty");
        }

        CheckIds("category", categories, Taxonomy.Categories, errors);
        CheckIds("model", [fields["model"]], Taxonomy.Models, errors);
        CheckIds("type", [fields["type"]], Taxonomy.Types, errors);
        var powers = SplitList(fields["powers"]);
        CheckIds("powers", powers, Taxonomy.Powers, errors);

        if (!int.TryParse(fields["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1970 || year > 2030)
        {
            errors.Add($"year '{fields["year"]}' is not a four-digit year between 1970 and 2030");
        }

        if (!OutputFormats.TryParse(fields["format"], out var format))
        {
            errors.Add($"format '{fields["format"]}' is not one of: {string.Join(", ", OutputFormats.Ids)}");
        }

        if (fields["title"].Length == 0 || fields["summary"].Length == 0)
        {
            errors.Add("title and summary must not be empty");
        }

        if (!body.Contains("# ", StringComparison.Ordinal))
        {
            errors.Add("body has no Markdown heading");
        }

        return errors.Count > 0
            ? null
            : new SourceDocument(n, nameMatch.Groups[2].Value, fields["title"], categories, fields["model"], fields["type"],
                SplitList(fields["councils"]), year, powers, fields["summary"], format, body.Trim() + "\n", path);
    }

    private static void CheckIds(string field, IReadOnlyList<string> values, IReadOnlyList<string> allowed, List<string> errors)
    {
        foreach (var value in values.Where(v => !allowed.Contains(v)))
        {
            errors.Add($"{field} '{value}' is not a taxonomy id (allowed: {string.Join(", ", allowed)})");
        }

        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            errors.Add($"{field} repeats a value");
        }
    }

    private static List<string> SplitList(string value) =>
        value.Trim('[', ']').Split([';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex(@"^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex FileNamePattern();
}
