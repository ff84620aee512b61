namespace TemplateLibrary.Search.Analysis;

/// <summary>The taxonomy's synonym groups, analysed: finds where a query names one and lists what else it may be called.</summary>
internal sealed class SynonymTable
{
    private readonly List<IReadOnlyList<TermSequence>> groups = [];
    private readonly Dictionary<string, List<(TermSequence Expression, int Group)>> byFirstTerm = new(StringComparer.Ordinal);

    /// <summary>Analyses every expression with the analyzer's stemmed fields.</summary>
    public SynonymTable(Lucene.Net.Analysis.Analyzer analyzer, string field, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        foreach (var group in synonyms)
        {
            var expressions = group.Select(text => TermSequence.Of(analyzer, field, text)).OfType<TermSequence>().ToList();
            if (expressions.Count < 2)
            {
                continue;
            }

            var index = groups.Count;
            groups.Add(expressions);
            foreach (var expression in expressions)
            {
                if (!byFirstTerm.TryGetValue(expression.Terms[0], out var list))
                {
                    byFirstTerm[expression.Terms[0]] = list = [];
                }

                list.Add((expression, index));
            }
        }

        KnownTerms = new HashSet<string>(groups.SelectMany(g => g).Where(e => e.Terms.Count == 1).Select(e => e.Terms[0]), StringComparer.Ordinal);
    }

    /// <summary>The single-term expressions (abbreviations such as "mou", "latc"): never corrected as misspellings.</summary>
    public IReadOnlySet<string> KnownTerms { get; }

    /// <summary>The longest expression starting at <paramref name="start"/>, with its whole group; null when none does.</summary>
    public (int Length, IReadOnlyList<TermSequence> Group)? Match(IReadOnlyList<string> terms, int start)
    {
        if (!byFirstTerm.TryGetValue(terms[start], out var candidates))
        {
            return null;
        }

        (int Length, IReadOnlyList<TermSequence> Group)? best = null;
        foreach (var (expression, group) in candidates)
        {
            if (expression.StartsAt(terms, start) && (best is null || expression.Terms.Count > best.Value.Length))
            {
                best = (expression.Terms.Count, groups[group]);
            }
        }

        return best;
    }
}
