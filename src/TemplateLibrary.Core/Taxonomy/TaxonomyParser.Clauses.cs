namespace TemplateLibrary.Core.Taxonomy;

/// <summary>The "clauses" section: clause kinds with their cues, the document types read for clauses, and scoring settings.</summary>
internal sealed partial class TaxonomyParser
{
    public ClauseVocabulary Clauses { get; private set; } = ClauseVocabulary.Empty;

    private void ParseClauses(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "\"clauses\"");
        CheckKeys(node, "\"clauses\"", "note", "documentTypes", "withoutKinds", "settings", "kinds");
        var types = Strings(node.Member("documentTypes"), "documentTypes");
        foreach (var (type, item) in types.Zip(node.Member("documentTypes")?.Items ?? []))
        {
            if (!Facets.TryGetValue("type", out var typeTerms) || !typeTerms.Any(t => t.Id == type))
            {
                throw Error(item, $"unknown document type \"{type}\".");
            }
        }

        var defaults = new ClauseVocabulary();
        var without = new List<System.Text.RegularExpressions.Regex>();
        if (node.Member("withoutKinds") is { } withoutNode)
        {
            Expect(withoutNode, JsonNodeKind.Array, "\"withoutKinds\"");
            without.AddRange(withoutNode.Items.Select(i => CompileRegex(i, NonEmpty(i, i.StringValue, "a heading pattern"), false).Current));
        }

        var vocabulary = defaults with
        {
            DocumentTypes = types,
            WithoutKinds = without,
            Kinds = ParseTerms("clause kinds", Required(node, "kinds", JsonNodeKind.Array)),
        };
        if (node.Member("settings") is { } settings)
        {
            Expect(settings, JsonNodeKind.Object, "\"clauses\" settings");
            CheckKeys(settings, "\"clauses\" settings", "headingWeight", "textWeight", "minScore", "textOnlyMinScore", "relativeScore", "maxKinds", "saturation");
            vocabulary = vocabulary with
            {
                HeadingWeight = settings.Member("headingWeight") is { } h ? Number(h, "headingWeight", 0, 10) : defaults.HeadingWeight,
                TextWeight = settings.Member("textWeight") is { } t ? Number(t, "textWeight", 0, 10) : defaults.TextWeight,
                MinScore = settings.Member("minScore") is { } m ? Number(m, "minScore", 0, 1000) : defaults.MinScore,
                TextOnlyMinScore = settings.Member("textOnlyMinScore") is { } o ? Number(o, "textOnlyMinScore", 0, 1000) : defaults.TextOnlyMinScore,
                RelativeScore = settings.Member("relativeScore") is { } r ? Number(r, "relativeScore", 0, 1) : defaults.RelativeScore,
                MaxKinds = settings.Member("maxKinds") is { } k ? (int)Number(k, "maxKinds", 1, 10) : defaults.MaxKinds,
                Saturation = settings.Member("saturation") is { } s ? Number(s, "saturation", 0.1, 1000) : defaults.Saturation,
            };
        }

        Clauses = vocabulary;
    }
}
