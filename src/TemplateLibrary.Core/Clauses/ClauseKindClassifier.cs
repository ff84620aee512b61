using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Gives each clause, section and schedule its kinds from the taxonomy's clause vocabulary, scoring the cues in its
/// heading and its text the way the document tagger scores a document's zones; every kind carries the cues that fired.
/// </summary>
public sealed class ClauseKindClassifier
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
        var minScore = vocabulary.MinScore;

        // A heading that names a topic decides: kinds found only in the text of such a clause are passing mentions.
        // Without one, the text must speak clearly.
        if (scored.Any(HasHeadingEvidence))
        {
            scored = [.. scored.Where(HasHeadingEvidence)];
        }
        else
        {
            minScore = vocabulary.TextOnlyMinScore;
        }

        if (scored.Count == 0 || scored[0].Score < minScore)
        {
            return [];
        }

        // Kinds named in one heading ("Withdrawal and termination") are weighed against each other by the heading alone.
        Func<ScoredTerm, double> weight = minScore == vocabulary.MinScore ? HeadingScore : s => s.Score;
        var best = scored.Max(weight);
        return [.. scored
            .Where(s => s.Score >= minScore && weight(s) >= best * vocabulary.RelativeScore)
            .Take(vocabulary.MaxKinds)
            .Select(s => new FacetMatch(
                s.Id,
                s.Label,
                Math.Round(ConfidenceModel.Strength(s.Score, vocabulary.Saturation), 2),
                [.. s.Evidence.Where(e => e.Contribution > 0).Take(6).Select(e => e.Evidence)]))];
    }

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
}
