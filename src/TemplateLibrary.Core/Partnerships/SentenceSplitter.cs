using System.Text;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Partnerships;

/// <summary>Splits extracted text into sentences: lines a PDF wrapped are joined again, list items and table rows stand
/// alone, and a paragraph is cut after a full stop followed by a capital.</summary>
internal static partial class SentenceSplitter
{
    public static IEnumerable<TextSentence> Split(string text)
    {
        foreach (var (paragraph, start) in Paragraphs(text))
        {
            var from = 0;
            foreach (Match end in SentenceEnd().Matches(paragraph))
            {
                var piece = paragraph[from..end.Index].Trim();
                if (piece.Length > 0)
                {
                    yield return new TextSentence(piece, start);
                }

                from = end.Index + end.Length;
            }

            var rest = paragraph[from..].Trim();
            if (rest.Length > 0)
            {
                yield return new TextSentence(rest, start);
            }
        }
    }

    // A line continues the one before when that one does not end a sentence or a row and this one starts in lower case,
    // with a digit or a pound sign: how a PDF's wrapped lines look.
    private static IEnumerable<(string Text, int Start)> Paragraphs(string text)
    {
        var current = new StringBuilder();
        var start = 0;
        var offset = 0;
        string? previous = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            var lineStart = offset;
            offset += raw.Length + 1;
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return (current.ToString(), start);
                    current.Clear();
                }

                previous = null;
                continue;
            }

            if (previous is not null && Continues(previous, line))
            {
                current.Append(' ').Append(line);
            }
            else
            {
                if (current.Length > 0)
                {
                    yield return (current.ToString(), start);
                    current.Clear();
                }

                current.Append(line);
                start = lineStart;
            }

            previous = line;
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), start);
        }
    }

    private static bool Continues(string previous, string line) =>
        !previous.Contains('|', StringComparison.Ordinal)
        && !line.Contains('|', StringComparison.Ordinal)
        && previous[^1] is not ('.' or '!' or '?' or ':' or ';')
        && (char.IsLower(line[0]) || char.IsDigit(line[0]) || line[0] == '£')
        && !ListStart().IsMatch(line);

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s|[-•*]\s)")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+(?=[A-Z£""“‘(])")]
    private static partial Regex SentenceEnd();
}
