using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Versions;

/// <summary>A word-level diff of an earlier text against the current one (DiffPlex, Myers' algorithm), with unchanged
/// runs longer than twice the context shortened to a gap.</summary>
internal static partial class TextDiff
{
    /// <summary>Unchanged words kept on each side of a change.</summary>
    public const int ContextWords = 12;

    private static readonly CustomFunctionChunker Tokens = new(text => [.. Token().Matches(text).Select(m => m.Value)]);

    /// <summary>The diff from <paramref name="earlier"/> to <paramref name="current"/>, with words added and removed.</summary>
    public static (List<DiffSegment> Segments, int Added, int Removed) Compare(string earlier, string current)
    {
        var result = Differ.Instance.CreateDiffs(earlier, current, ignoreWhiteSpace: false, ignoreCase: false, Tokens);
        var pieces = new List<(string Text, DiffKind Kind)>();
        var oldAt = 0;
        var added = 0;
        var removed = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; oldAt < block.DeleteStartA; oldAt++)
            {
                pieces.Add((result.PiecesOld[oldAt], DiffKind.Same));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                var piece = result.PiecesOld[block.DeleteStartA + i];
                pieces.Add((piece, DiffKind.Removed));
                removed += IsWord(piece) ? 1 : 0;
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                var piece = result.PiecesNew[block.InsertStartB + i];
                pieces.Add((piece, DiffKind.Added));
                added += IsWord(piece) ? 1 : 0;
            }

            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldAt < result.PiecesOld.Count; oldAt++)
        {
            pieces.Add((result.PiecesOld[oldAt], DiffKind.Same));
        }

        return (Shorten(pieces), added, removed);
    }

    // Unchanged runs keep ContextWords words next to each change; the rest of a run becomes one gap.
    private static List<DiffSegment> Shorten(List<(string Text, DiffKind Kind)> pieces)
    {
        var segments = new List<DiffSegment>();
        var at = 0;
        while (at < pieces.Count)
        {
            var kind = pieces[at].Kind;
            var end = at;
            while (end < pieces.Count && pieces[end].Kind == kind)
            {
                end++;
            }

            var run = pieces.GetRange(at, end - at).Select(p => p.Text).ToList();
            if (kind == DiffKind.Same)
            {
                AddSame(segments, run, first: at == 0, last: end == pieces.Count);
            }
            else
            {
                segments.Add(new DiffSegment(string.Concat(run), kind));
            }

            at = end;
        }

        return segments;
    }

    private static void AddSame(List<DiffSegment> segments, List<string> run, bool first, bool last)
    {
        var words = run.Select((text, index) => (text, index)).Where(p => IsWord(p.text)).Select(p => p.index).ToList();
        var keepBefore = first ? 0 : ContextWords;
        var keepAfter = last ? 0 : ContextWords;
        if (words.Count <= keepBefore + keepAfter + ContextWords)
        {
            segments.Add(new DiffSegment(string.Concat(run), DiffKind.Same));
            return;
        }

        var headEnd = keepBefore == 0 ? 0 : words[keepBefore];
        var tailStart = keepAfter == 0 ? run.Count : words[words.Count - keepAfter];
        if (headEnd > 0)
        {
            segments.Add(new DiffSegment(string.Concat(run.Take(headEnd)), DiffKind.Same));
        }

        var skipped = words.Count - keepBefore - keepAfter;
        segments.Add(new DiffSegment($" … {skipped} unchanged words … ", DiffKind.Gap));
        if (tailStart < run.Count)
        {
            segments.Add(new DiffSegment(string.Concat(run.Skip(tailStart)), DiffKind.Same));
        }
    }

    private static bool IsWord(string piece) => piece.Length > 0 && char.IsLetterOrDigit(piece[0]);

    [GeneratedRegex(@"\s+|[\p{L}\p{N}]+|[^\p{L}\p{N}\s]")]
    private static partial Regex Token();
}
