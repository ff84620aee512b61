using System.Text;

namespace TemplateLibrary.Extraction.Markdown;

/// <summary>
/// A small, safe reader for the YAML front matter subset documents use: <c>key: value</c>, quoted strings,
/// <c>[a, b]</c> flow lists, <c>- item</c> block lists and <c>|</c> / <c>&gt;</c> block text. Nothing is executed or resolved.
/// </summary>
internal static class FrontMatterParser
{
    private const int MaxLines = 2000;

    public static FrontMatter Parse(string text)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var normalized = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = normalized.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
        {
            return new FrontMatter(values, normalized);
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (end < 0 || end > MaxLines)
        {
            return new FrontMatter(values, normalized);
        }

        string? currentKey = null;
        List<string>? currentList = null;
        StringBuilder? blockText = null;
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            var indented = line.Length > 0 && char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (blockText is not null && (indented || trimmed.Length == 0))
            {
                blockText.Append(trimmed).Append(' ');
                continue;
            }

            if (blockText is not null && currentKey is not null)
            {
                values[currentKey] = [blockText.ToString().Trim()];
                blockText = null;
            }

            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (currentList is not null && Unquote(trimmed[1..]) is { Length: > 0 } item)
                {
                    currentList.Add(item);
                }

                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (indented || colon <= 0)
            {
                continue;
            }

            currentKey = Unquote(trimmed[..colon]).ToLowerInvariant();
            var value = trimmed[(colon + 1)..].Trim();
            currentList = null;
            if (value.Length == 0)
            {
                currentList = [];
                values[currentKey] = currentList;
            }
            else if (value is "|" or ">" or "|-" or ">-" or "|+" or ">+")
            {
                blockText = new StringBuilder();
            }
            else if (value.StartsWith('[') && value.EndsWith(']'))
            {
                values[currentKey] = SplitFlowList(value[1..^1]);
            }
            else if (Unquote(value) is { Length: > 0 } scalar)
            {
                values[currentKey] = [scalar];
            }
        }

        if (blockText is not null && currentKey is not null)
        {
            values[currentKey] = [blockText.ToString().Trim()];
        }

        var body = string.Join('\n', lines.Skip(end + 1));
        var present = values.Where(pair => pair.Value.Count > 0).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        return new FrontMatter(present, body);
    }

    private static List<string> SplitFlowList(string inner)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && c == ',')
            {
                AddItem(items, current);
                continue;
            }

            if (c is '"' or '\'' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }

            current.Append(c);
        }

        AddItem(items, current);
        return items;
    }

    private static void AddItem(List<string> items, StringBuilder current)
    {
        var item = Unquote(current.ToString());
        if (item.Length > 0)
        {
            items.Add(item);
        }

        current.Clear();
    }

    /// <summary>Removes matching quotes (handling \" and '' escapes) or a trailing # comment from a plain value.</summary>
    private static string Unquote(string value)
    {
        var v = value.Trim();
        if (v.Length >= 2 && v[0] == '"' && v[^1] == '"')
        {
            return v[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal).Trim();
        }

        if (v.Length >= 2 && v[0] == '\'' && v[^1] == '\'')
        {
            return v[1..^1].Replace("''", "'", StringComparison.Ordinal).Trim();
        }

        var comment = v.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? v[..comment] : v).Trim();
    }
}
