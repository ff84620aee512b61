using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Clauses;

/// <summary>Marks tables of contents, so that a list of clause titles is not taken for the clauses themselves.</summary>
internal static partial class ContentsDetector
{
    private const int MaxEntryChars = 120;

    public static void Mark(List<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (Leader().IsMatch(line.Text))
            {
                line.Contents = true;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (ContentsTitle().IsMatch(lines[i].Text))
            {
                lines[i].Contents = true;
                MarkEntries(lines, i + 1);
            }
        }
    }

    /// <summary>
    /// The entries after a "Contents" title run while lines are short; they end where the first entry comes round again
    /// as the real heading, or at the last short line before running text.
    /// </summary>
    private static void MarkEntries(List<SourceLine> lines, int first)
    {
        var end = first;
        while (end < lines.Count && IsEntry(lines[end].Text))
        {
            end++;
        }

        if (end == first)
        {
            return;
        }

        var firstKey = Key(lines[first].Text);
        var stop = end;
        for (var j = first + 1; j < end; j++)
        {
            if (Key(lines[j].Text) == firstKey)
            {
                stop = j;
                break;
            }
        }

        if (stop == end)
        {
            // No repeat: keep to short entries, and leave the last one before running text as the real first heading.
            stop = first;
            while (stop < end && IsShortEntry(lines[stop].Text))
            {
                stop++;
            }

            if (stop < lines.Count && !IsShortEntry(lines[stop].Text) && stop - first > 1)
            {
                stop--;
            }
        }

        for (var j = first; j < stop; j++)
        {
            lines[j].Contents = true;
        }
    }

    private static bool IsEntry(string text) =>
        text.Length <= MaxEntryChars && (Leader().IsMatch(text) || !text.EndsWith('.') || ClauseMarkerParser.Parse(text) is not null);

    private static bool IsShortEntry(string text) =>
        Leader().IsMatch(text) || (text.Length <= 60 && !text.EndsWith('.'));

    /// <summary>An entry without its page number or dot leader, lower-case and without punctuation.</summary>
    private static string Key(string text) =>
        NonWord().Replace(TrailingPage().Replace(text, string.Empty), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^(?:table\s+of\s+)?contents$|^index$|^contents\s+page$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsTitle();

    [GeneratedRegex(@"(?:\.{4,}|\u2026{2,}|(?:\.\s){4,})\s*\d{1,3}$|\t\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Leader();

    [GeneratedRegex(@"(?:[.\u2026\s]{2,}|\t)\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPage();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
