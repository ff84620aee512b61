using DiffPlex;
using DiffPlex.Chunkers;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Web.Clauses;

/// <summary>Word-level differences between clauses: each clause as segments, those that differ from the first clause
/// flagged (in the first clause: its words some other clause lacks).</summary>
internal static class WordDiff
{
    /// <summary>Marks each text's words against the first text's.</summary>
    public static List<IReadOnlyList<HighlightSegment>> Compare(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var basePieces = WordChunker.Instance.Chunk(texts[0]);
        var baseChanged = new bool[basePieces.Count];
        var others = new List<IReadOnlyList<HighlightSegment>>();
        foreach (var other in texts.Skip(1))
        {
            var result = Differ.Instance.CreateDiffs(texts[0], other, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
            var changed = new bool[result.PiecesNew.Count];
            foreach (var block in result.DiffBlocks)
            {
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    baseChanged[block.DeleteStartA + i] = true;
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    changed[block.InsertStartB + i] = true;
                }
            }

            others.Add(Segments(result.PiecesNew, changed));
        }

        return [Segments(basePieces, baseChanged), .. others];
    }

    // Joins runs of pieces that are alike; a space between two changed words is marked with them.
    private static List<HighlightSegment> Segments(IReadOnlyList<string> pieces, bool[] changed)
    {
        var segments = new List<HighlightSegment>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var marked = changed[i] && !string.IsNullOrWhiteSpace(pieces[i]);
            if (string.IsNullOrWhiteSpace(pieces[i]) && i > 0 && i + 1 < pieces.Count)
            {
                marked = changed[i - 1] && changed[i + 1] && segments.Count > 0 && segments[^1].IsMatch;
            }

            if (segments.Count > 0 && segments[^1].IsMatch == marked)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + pieces[i] };
            }
            else
            {
                segments.Add(new HighlightSegment(pieces[i], marked));
            }
        }

        return segments;
    }
}
