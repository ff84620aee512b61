using System.Text.RegularExpressions;

namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>Splits a source into its flat <c>key: value</c> YAML front matter and its Markdown body.</summary>
internal static partial class FrontMatter
{
    // Free-text fields may legitimately contain " # "; only id-like fields carry trailing comments.
    private static readonly HashSet<string> FreeTextKeys = new(StringComparer.Ordinal) { "title", "summary" };

    /// <summary>Parses the front matter; problems are added to <paramref name="errors"/>.</summary>
    public static (Dictionary<string, string> Fields, string Body) Split(string text, List<string> errors)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add("does not start with a '---' front matter line");
            return (fields, normalised);
        }

        var end = normalised.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            errors.Add("front matter has no closing '---' line");
            return (fields, normalised);
        }

        var lines = normalised[4..end].Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                errors.Add($"front matter line {i + 2} is not 'key: value': {line.Trim()}");
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!FreeTextKeys.Contains(key))
            {
                value = TrailingComment().Replace(value, string.Empty).Trim();
            }

            value = Unquote(value);
            if (!fields.TryAdd(key, value))
            {
                errors.Add($"front matter key '{key}' appears twice");
            }
        }

        return (fields, normalised[(end + 5)..]);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')))
        {
            var inner = value[1..^1];
            return value[0] == '"' ? inner.Replace("\\\"", "\"", StringComparison.Ordinal) : inner.Replace("''", "'", StringComparison.Ordinal);
        }

        return value;
    }

    [GeneratedRegex(@"(^|\s)#(\s.*)?$")]
    private static partial Regex TrailingComment();
}
