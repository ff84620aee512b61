using System.Text.RegularExpressions;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Gives each clause, section and schedule its kinds from the taxonomy's clause vocabulary, scoring the cues in its
/// heading and its text the way the document tagger scores a document's zones; every kind carries the cues that fired.
/// </summary>
public sealed partial class ClauseKindClassifier
{
    private readonly ClauseVocabulary vocabulary;

    /// <summary>Creates a classifier over a taxonomy's "clauses" section.</summary>
    public ClauseKindClassifier(Taxonomy.Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        vocabulary = taxonomy.Clauses;
    }

    /// <summary>The clauses with kinds given to every unit (clause, section, schedule); other segments are returned unchanged.</summary>
    public IReadOnlyList<Clause> Classify(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        // A clause without a heading of its own ("12. The Host shall…") is about what its part's heading says.
        return [.. clauses.Select(c => c.IsUnit ? c with { Kinds = Kinds(c.Heading ?? PartHeading(clauses, c), BodyOf(c)) } : c)];
    }

    /// <summary>The kinds for a heading and a text, strongest first; empty when no kind scores enough.</summary>
    public IReadOnlyList<FacetMatch> Kinds(string? heading, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (heading is not null && vocabulary.WithoutKinds.Any(r => r.IsMatch(heading.Trim())))
        {
            return [];
        }

        var zones = new List<TextZone>(2);
        if (!string.IsNullOrWhiteSpace(heading))
        {
            zones.Add(new TextZone("heading", heading, vocabulary.HeadingWeight));
        }

        if (text.Length > 0)
        {
            zones.Add(new TextZone("text", text, vocabulary.TextWeight));
        }

        var scored = CueScorer.Score(vocabulary.Kinds, zones, []);

        // A heading that names a topic decides: kinds found only in the text of such a clause are passing mentions.
        // Without one, the text must speak clearly.
        var named = scored.Where(HasHeadingEvidence).ToList();
        if (named.Count == 0)
        {
            return Matches(scored.Where(s => s.Score >= vocabulary.TextOnlyMinScore && s.Score >= scored[0].Score * vocabulary.RelativeScore));
        }

        // Kinds named in one heading ("Withdrawal and termination", "Capital, vehicles and borrowing") are weighed
        // against each other phrase by phrase, so the heading's longer phrase does not crowd out its shorter one.
        var byPhrase = PhraseScores(heading!);
        double Weight(ScoredTerm s) => byPhrase.GetValueOrDefault(s.Id) is > 0 and var phrase ? phrase : HeadingScore(s);
        var best = named.Max(Weight);
        return Matches(named.Where(s => s.Score >= vocabulary.MinScore && Weight(s) >= best * vocabulary.RelativeScore));
    }

    private IReadOnlyList<FacetMatch> Matches(IEnumerable<ScoredTerm> scored) =>
        [.. scored
            .Take(vocabulary.MaxKinds)
            .Select(s => new FacetMatch(
                s.Id,
                s.Label,
                Math.Round(ConfidenceModel.Strength(s.Score, vocabulary.Saturation), 2),
                [.. s.Evidence.Where(e => e.Contribution > 0).Take(6).Select(e => e.Evidence)]))];

    /// <summary>Each kind's score in the heading phrase that names it most strongly; a heading's phrases are split at commas, "and", "&amp;" and "or".</summary>
    private Dictionary<string, double> PhraseScores(string heading)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var phrase in HeadingPhrases().Split(heading).Where(p => p.Trim().Length > 0))
        {
            foreach (var term in CueScorer.Score(vocabulary.Kinds, [new TextZone("heading", phrase, vocabulary.HeadingWeight)], []))
            {
                scores[term.Id] = Math.Max(scores.GetValueOrDefault(term.Id), term.Score);
            }
        }

        return scores;
    }

    /// <summary>A kind's score in the whole heading: for a cue that spans the heading's phrases ("terms and conditions").</summary>
    private static double HeadingScore(ScoredTerm term) =>
        term.Evidence.Where(e => e.Evidence.Where == "heading").Sum(e => e.Contribution);

    private static bool HasHeadingEvidence(ScoredTerm term) =>
        term.Evidence.Any(e => e.Contribution > 0 && e.Evidence.Where == "heading");

    private static string? PartHeading(IReadOnlyList<Clause> clauses, Clause clause) =>
        clause.Parent is { } parent && clauses[parent].Form == ClauseForm.Part ? clauses[parent].Heading : null;

    /// <summary>The clause text without its own heading line, so the heading is not counted twice.</summary>
    private static string BodyOf(Clause clause)
    {
        var text = clause.Text;
        if (clause.Heading is null)
        {
            return text;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return first.Contains(clause.Heading, StringComparison.Ordinal) ? (end < 0 ? string.Empty : text[(end + 1)..]) : text;
    }

    [GeneratedRegex(@"\s*(?:[,;/&]|\band\b|\bor\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPhrases();
}
