using System.Globalization;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// The explainable automatic tagger: scores taxonomy terms from weighted cues in the title, headings and body, recognises
/// statutory powers, councils and the year, and reports each choice with a confidence and its evidence.
/// </summary>
public sealed class AutoTagger : IDocumentTagger
{
    // Back-office services: when several are strongly present, the document is about the corporate back office.
    private const string BackOfficeUmbrella = "corporate-back-office";
    private static readonly string[] BackOfficeServices =
        ["legal", "ict-digital", "revenues-benefits", "finance-audit-fraud", "hr-payroll", "procurement", "customer-services"];

    private readonly Taxonomy.Taxonomy taxonomy;
    private readonly PowerRecognizer powers;
    private readonly CouncilRecognizer councils;
    private readonly PartnerBodyRecognizer partnerBodies;

    /// <summary>Creates a tagger over a taxonomy (usually <see cref="Taxonomy.Taxonomy.LoadDefault"/>) and the built-in councils gazetteer.</summary>
    public AutoTagger(Taxonomy.Taxonomy taxonomy)
        : this(taxonomy, CouncilGazetteer.LoadDefault())
    {
    }

    /// <summary>Creates a tagger over a taxonomy and a councils gazetteer.</summary>
    public AutoTagger(Taxonomy.Taxonomy taxonomy, CouncilGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.taxonomy = taxonomy;
        powers = new PowerRecognizer(taxonomy);
        councils = new CouncilRecognizer(gazetteer);
        partnerBodies = new PartnerBodyRecognizer(gazetteer);
    }

    /// <summary>Tags an extracted document: its title, headings, text, subject, keywords and declared dates.</summary>
    public TaggingResult Analyze(ExtractedDocument document) => Analyze(TaggingInput.From(document));

    /// <summary>Tags plain input; each facet is null ("unknown") when its confidence is below the taxonomy's threshold.</summary>
    public TaggingResult Analyze(TaggingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = taxonomy.Settings;
        var zones = TextZoneBuilder.Build(input, settings);
        var citations = powers.Find(zones);
        var modelHits = citations.SelectMany(c => c.Power.Models
            .Where(m => m.Subsection is null || c.Subsection.StartsWith(m.Subsection, StringComparison.OrdinalIgnoreCase))
            .Select(m => new ExtraHit(m.Model, c.Text, c.Zone.Name, c.Zone.Weight, m.Weight)));

        // Titles and headings usually repeat body text: count mentions of powers and councils once.
        var body = input.Body ?? string.Empty;
        var counting = zones.Where(z => z.Name is "opening" or "body" || !z.Text.Split('\n').All(line => body.Contains(line.Trim(), StringComparison.Ordinal))).ToList();
        var categories = ApplyBackOfficeUmbrella(CueScorer.Score(taxonomy.Terms(FacetNames.Category), zones, []));
        var saturation = Saturation(zones);
        var category = Choose(categories, saturation);
        return new TaggingResult
        {
            Category = category,
            Model = Choose(CueScorer.Score(taxonomy.Terms(FacetNames.Model), zones, modelHits), saturation),
            Type = Choose(CueScorer.Score(taxonomy.Terms(FacetNames.Type), zones, []), saturation),
            SecondaryCategories = category is null ? [] : Secondary(categories, saturation),
            Powers = SummarisePowers([.. citations.Where(c => counting.Contains(c.Zone))]),
            Councils = councils.Find(counting),
            PartnerBodies = partnerBodies.Find(counting),
            Year = YearDetector.Detect(input, zones),
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<Tag> Tag(ExtractedDocument document) => ToTags(Analyze(document));

    /// <summary>Maps a result to automatic tags; unknown facets give no tag, secondary categories follow the primary.</summary>
    public static IReadOnlyList<Tag> ToTags(TaggingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tags = new List<Tag>();
        void AddMatch(string facet, FacetMatch? match)
        {
            if (match is not null)
            {
                tags.Add(new Tag(facet, match.Id, TagSource.Auto, match.Confidence, FormatEvidence(match.Evidence)));
            }
        }

        AddMatch(FacetNames.Category, result.Category);
        foreach (var secondary in result.SecondaryCategories)
        {
            AddMatch(FacetNames.Category, secondary);
        }

        AddMatch(FacetNames.Model, result.Model);
        AddMatch(FacetNames.Type, result.Type);
        tags.AddRange(result.Powers.Select(p => new Tag(FacetNames.Power, p.Id, TagSource.Auto, 0.9, FormatEvidence(p.Evidence))));
        tags.AddRange(result.Councils.Select(c => new Tag(FacetNames.Council, c.Name, TagSource.Auto, 0.8, FormatEvidence(c.Evidence))));
        tags.AddRange(result.PartnerBodies.Select(p => new Tag(FacetNames.Partner, p.Name, TagSource.Auto, 0.8, FormatEvidence(p.Evidence))));
        if (result.Year is { } year)
        {
            var evidence = year.Evidence is null ? year.Source : $"{year.Source}: \"{year.Evidence}\"";
            tags.Add(new Tag(FacetNames.Year, year.Value.ToString(CultureInfo.InvariantCulture), TagSource.Auto, year.Source == "metadata" ? 0.9 : 0.6, evidence));
        }

        return tags;
    }

    /// <summary>A compact human string: <c>title: "joint committee" ×1; body: "s101(5)" ×3</c>.</summary>
    public static string FormatEvidence(IEnumerable<TagEvidence> evidence) =>
        string.Join("; ", evidence.Take(6).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Where}: \"{e.Phrase}\" \u00d7{e.Count}")));

    // Short texts need less evidence: the saturation shrinks with the word count below the full-evidence length.
    private double Saturation(IReadOnlyList<TextZone> zones)
    {
        var settings = taxonomy.Settings;
        if (settings.FullEvidenceWords <= 0)
        {
            return settings.Saturation;
        }

        var words = zones.Where(z => z.Name is "opening" or "body").Sum(z => ZoneWords.Count(z.Text, settings.FullEvidenceWords));
        return settings.Saturation * Math.Clamp((double)words / settings.FullEvidenceWords, settings.ShortTextFloor, 1);
    }

    private FacetMatch? Choose(List<ScoredTerm> scored, double saturation)
    {
        if (scored.Count == 0 || scored[0].Score <= 0)
        {
            return null;
        }

        var runnerUp = scored.Count > 1 ? scored[1].Score : 0;
        var confidence = ConfidenceModel.Confidence(scored[0].Score, runnerUp, saturation);
        return confidence < taxonomy.Settings.UnknownBelow ? null : ToMatch(scored[0], confidence);
    }

    private List<FacetMatch> Secondary(List<ScoredTerm> scored, double saturation)
    {
        var settings = taxonomy.Settings;
        var top = scored[0].Score;
        return [.. scored.Skip(1)
            .Where(s => s.Score >= top * settings.SecondaryRatio && ConfidenceModel.Strength(s.Score, saturation) >= settings.UnknownBelow * 2)
            .Take(settings.MaxSecondary)
            .Select(s => ToMatch(s, Math.Round(ConfidenceModel.Strength(s.Score, saturation) * s.Score / top, 2)))];
    }

    private static List<ScoredTerm> ApplyBackOfficeUmbrella(List<ScoredTerm> scored)
    {
        var umbrella = scored.FirstOrDefault(s => s.Id == BackOfficeUmbrella);
        if (umbrella is null || scored.Count == 0 || scored[0].Score <= 0)
        {
            return scored;
        }

        var top = scored[0].Score;
        var strong = scored.Where(s => BackOfficeServices.Contains(s.Id) && s.Score >= Math.Max(3, top * 0.4)).ToList();
        if (strong.Count < 3)
        {
            return scored;
        }

        var evidence = new WeightedEvidence(
            new TagEvidence("several back-office services: " + string.Join(", ", strong.Select(s => s.Id)), "body", strong.Count),
            0.6 * strong.Sum(s => s.Score));
        var boosted = umbrella with { Score = umbrella.Score + evidence.Contribution, Evidence = [evidence, .. umbrella.Evidence] };
        return [.. scored.Select(s => s.Id == BackOfficeUmbrella ? boosted : s).OrderByDescending(s => s.Score)];
    }

    private static FacetMatch ToMatch(ScoredTerm term, double confidence) =>
        new(term.Id, term.Label, confidence, [.. term.Evidence.Where(e => e.Contribution > 0).Take(8).Select(e => e.Evidence)]);

    private static List<PowerMatch> SummarisePowers(List<PowerCitation> citations) =>
        [.. citations
            .GroupBy(c => c.Power.Id, StringComparer.Ordinal)
            .Select(g => new PowerMatch(
                g.Key,
                g.First().Power.Label,
                [.. g.GroupBy(c => (Text: c.Text.ToUpperInvariant(), Zone: c.Zone.Name))
                    .Select(w => new TagEvidence(w.First().Text, w.Key.Zone, w.Count()))
                    .OrderByDescending(e => e.Count)]))
            .OrderByDescending(p => p.Evidence.Sum(e => e.Count))];
}
