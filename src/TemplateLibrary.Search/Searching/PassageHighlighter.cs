using System.Text;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Searching;

/// <summary>Picks the passage of a text with the most query terms and marks them.</summary>
/// <remarks>Done here rather than with FTS5 snippet(), which re-tokenises and stems the whole body of every hit (the main cost of a search).</remarks>
internal static class PassageHighlighter
{
    /// <summary>The best window of at most <paramref name="windowWords"/> words with matches marked, or null when nothing matches.</summary>
    public static HighlightedText? Highlight(string text, TermMatcher matcher, int windowWords)
    {
        if (matcher.IsEmpty || text.Length == 0)
        {
            return null;
        }

        var tokens = Tokens(text);
        var matched = new bool[tokens.Count];
        var firstMatch = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            matched[i] = matcher.Matches(text.AsSpan(tokens[i].Start, tokens[i].Length));
            if (matched[i] && firstMatch < 0)
            {
                firstMatch = i;
            }
        }

        if (firstMatch < 0)
        {
            return null;
        }

        var start = BestWindow(matched, windowWords);
        var end = Math.Min(tokens.Count, start + windowWords) - 1;
        var segments = new List<HighlightSegment>();
        var builder = new StringBuilder(start > 0 ? "…" : string.Empty);
        var position = tokens[start].Start;
        for (var i = start; i <= end; i++)
        {
            builder.Append(Collapse(text, position, tokens[i].Start));
            if (matched[i])
            {
                Flush(segments, builder, false);
                segments.Add(new HighlightSegment(text.Substring(tokens[i].Start, tokens[i].Length), true));
            }
            else
            {
                builder.Append(text, tokens[i].Start, tokens[i].Length);
            }

            position = tokens[i].Start + tokens[i].Length;
        }

        if (end < tokens.Count - 1)
        {
            builder.Append(Collapse(text, position, tokens[end + 1].Start).TrimEnd()).Append('…');
        }
        else
        {
            builder.Append(Collapse(text, position, text.Length).TrimEnd());
        }

        Flush(segments, builder, false);
        return new HighlightedText(segments);
    }

    private static int BestWindow(bool[] matched, int window)
    {
        var best = 0;
        var bestCount = -1;
        var count = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            count += matched[i] ? 1 : 0;
            if (i >= window)
            {
                count -= matched[i - window] ? 1 : 0;
            }

            var start = Math.Max(0, i - window + 1);
            if (count > bestCount)
            {
                bestCount = count;
                best = start;
            }
        }

        // Open a few words before the first match, so it reads as a sentence rather than starting on the term.
        var first = Array.IndexOf(matched, true, best);
        return Math.Max(0, Math.Min(best, first - 3 < 0 ? 0 : first - 3));
    }

    private static List<(int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isToken = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i])
                || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark);
            if (isToken && start < 0)
            {
                start = i;
            }
            else if (!isToken && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    private static string Collapse(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        if (!gap.ContainsAny('\n', '\r', '\t') && !gap.Contains("  ", StringComparison.Ordinal))
        {
            return gap.ToString();
        }

        return string.Join(' ', gap.ToString().Split([' ', '\n', '\r', '\t'], StringSplitOptions.None).Where(s => s.Length > 0)) is var joined && joined.Length > 0
            ? (char.IsWhiteSpace(gap[0]) ? " " : string.Empty) + joined + (char.IsWhiteSpace(gap[^1]) ? " " : string.Empty)
            : " ";
    }

    private static void Flush(List<HighlightSegment> segments, StringBuilder builder, bool isMatch)
    {
        if (builder.Length > 0)
        {
            segments.Add(new HighlightSegment(builder.ToString(), isMatch));
            builder.Clear();
        }
    }
}
