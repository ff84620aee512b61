namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Picks the document's run of top-level clause numbers (1, 2, 3, …) among every line that starts with a plain number:
/// a parties list, numbered recitals, a table of contents and a schedule's paragraphs also count from 1, but the clauses
/// make the longest, best-headed run with text under each.
/// </summary>
internal static class MainSequence
{
    private const double SkipPenalty = 0.6;
    private const double LateStartPenalty = 0.5;

    /// <summary>The chosen lines, in order; empty when no run of at least two clauses (or one styled heading) is found.</summary>
    public static List<SourceLine> Choose(IReadOnlyList<(SourceLine Line, double Score)> candidates)
    {
        var n = candidates.Count;
        if (n == 0)
        {
            return [];
        }

        var best = new double[n];
        var previous = new int[n];
        for (var i = 0; i < n; i++)
        {
            var number = candidates[i].Line.Marker!.Parts[0];
            best[i] = candidates[i].Score - (LateStartPenalty * Math.Min(number - 1, 10));
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                var step = number - candidates[j].Line.Marker!.Parts[0];
                if (step is < 1 or > 3)
                {
                    continue;
                }

                var total = best[j] + candidates[i].Score - (SkipPenalty * (step - 1));
                if (total > best[i])
                {
                    best[i] = total;
                    previous[i] = j;
                }
            }
        }

        var end = 0;
        for (var i = 1; i < n; i++)
        {
            if (best[i] > best[end])
            {
                end = i;
            }
        }

        var chain = new List<SourceLine>();
        for (var i = end; i >= 0; i = previous[i])
        {
            chain.Add(candidates[i].Line);
        }

        chain.Reverse();
        return chain.Count >= 2 || chain[0].HeadingLevel is not null ? chain : [];
    }
}
