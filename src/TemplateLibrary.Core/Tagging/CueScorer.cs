using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>Scores every term of a facet from its cues across the zones; repeated hits have diminishing returns.</summary>
internal static class CueScorer
{
    private const int MaxCountedHits = 50;

    public static List<ScoredTerm> Score(IReadOnlyList<TaxonomyTerm> terms, IReadOnlyList<TextZone> zones, IEnumerable<ExtraHit> extra)
    {
        var extraByTerm = extra.GroupBy(e => e.TermId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var scored = new List<ScoredTerm>(terms.Count);
        foreach (var term in terms)
        {
            var evidence = new List<WeightedEvidence>();
            foreach (var zone in zones)
            {
                evidence.AddRange(ZoneEvidence(term, zone));
            }

            if (extraByTerm.TryGetValue(term.Id, out var hits))
            {
                foreach (var group in hits.GroupBy(h => (Key: Collapse(h.Phrase).ToUpperInvariant(), h.Zone, h.Weight, h.ZoneWeight)))
                {
                    var count = group.Count();
                    evidence.Add(new WeightedEvidence(
                        new TagEvidence(Collapse(group.First().Phrase), group.Key.Zone, count),
                        group.Key.Weight * group.Key.ZoneWeight * Diminish(count)));
                }
            }

            var total = evidence.Sum(e => e.Contribution);
            scored.Add(new ScoredTerm(term.Id, term.Label, total, [.. evidence.OrderByDescending(e => e.Contribution)]));
        }

        return [.. scored.OrderByDescending(s => s.Score)];
    }

    /// <summary>1 for one hit, then logarithmic: ten hits count about 3.3 times one.</summary>
    public static double Diminish(int count) => count <= 0 ? 0 : 1 + Math.Log(count);

    /// <summary>
    /// A term's hits in one zone. Where cues overlap ("regulatory" inside "regulatory services") only the longest match
    /// counts, so one phrase is not scored twice; negative cues always count.
    /// </summary>
    private static IEnumerable<WeightedEvidence> ZoneEvidence(TaxonomyTerm term, TextZone zone)
    {
        var matches = new List<(TaxonomyCue Cue, int Index, int Length, string Text)>();
        foreach (var cue in term.Cues)
        {
            if ((cue.Anchor is not null && !zone.Words.Contains(cue.Anchor)) || (cue.Anchors is { } anchors && !anchors.Any(zone.Words.Contains)))
            {
                continue;
            }

            var match = cue.Regex.Match(zone.Text);
            for (var n = 0; match.Success && n < MaxCountedHits; n++, match = match.NextMatch())
            {
                if (match.Length > 0)
                {
                    matches.Add((cue, match.Index, match.Length, match.Value));
                }
            }
        }

        var kept = new List<(TaxonomyCue Cue, int Index, int Length, string Text)>();
        foreach (var m in matches.OrderByDescending(m => m.Length).ThenBy(m => m.Index))
        {
            if (m.Cue.Weight < 0 || !kept.Any(k => k.Cue.Weight > 0 && m.Index < k.Index + k.Length && k.Index < m.Index + m.Length))
            {
                kept.Add(m);
            }
        }

        return kept
            .GroupBy(k => k.Cue)
            .Select(g =>
            {
                var count = g.Count();
                var first = g.OrderBy(k => k.Index).First();
                return new WeightedEvidence(new TagEvidence(Collapse(first.Text), zone.Name, count), g.Key.Weight * zone.Weight * Diminish(count));
            });
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
