using System.Text.RegularExpressions;
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
            foreach (var cue in term.Cues)
            {
                foreach (var zone in zones)
                {
                    var (count, phrase) = CountHits(cue.Regex, zone.Text);
                    if (count > 0)
                    {
                        evidence.Add(new WeightedEvidence(new TagEvidence(phrase, zone.Name, count), cue.Weight * zone.Weight * Diminish(count)));
                    }
                }
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

    private static (int Count, string Phrase) CountHits(Regex regex, string text)
    {
        var match = regex.Match(text);
        if (!match.Success)
        {
            return (0, string.Empty);
        }

        var phrase = Collapse(match.Value);
        var count = 0;
        while (match.Success && count < MaxCountedHits)
        {
            count++;
            match = match.NextMatch();
        }

        return (count, phrase);
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
