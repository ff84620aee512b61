using System.Text;

namespace TemplateLibrary.Extraction.Common;

/// <summary>Small text normalisations shared by the extractors.</summary>
internal static class TextCleaner
{
    /// <summary>Normalises line ends, drops NULs and trailing spaces, trims blank lines at both ends; keeps indentation.</summary>
    public static string TrimBlock(string block)
    {
        if (block.Length == 0)
        {
            return block;
        }

        var builder = new StringBuilder(block.Length);
        foreach (var line in block.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            builder.Append(line.Replace("\0", string.Empty, StringComparison.Ordinal).TrimEnd()).Append('\n');
        }

        var trimmed = builder.ToString().TrimEnd().TrimStart('\n');
        return trimmed.Trim().Length == 0 ? string.Empty : trimmed;
    }

    /// <summary>Turns every run of whitespace into one space and trims the ends.</summary>
    public static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Splits a keyword list on semicolons or commas, dropping blanks and duplicates.</summary>
    public static IReadOnlyList<string> SplitKeywords(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        return value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Returns null for blank strings, else the collapsed value.</summary>
    public static string? NullIfBlank(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var clean = CollapseWhitespace(value);
        return clean.Length == 0 ? null : clean;
    }
}
