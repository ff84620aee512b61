using System.Globalization;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Validates the taxonomy file and builds its terms, powers and settings; every error names its line.</summary>
internal sealed partial class TaxonomyParser
{
    private static readonly string[] TermFacets = [FacetNames.Category, FacetNames.Model, FacetNames.Type];
    private readonly string source;

    public TaxonomyParser(string source) => this.source = source;

    public Dictionary<string, List<TaxonomyTerm>> Facets { get; } = new(StringComparer.Ordinal);

    public List<LegislationAct> Acts { get; } = [];

    public List<StatutoryPower> Powers { get; } = [];

    public List<RetiredTerm> Retired { get; } = [];

    public TaggerSettings Settings { get; private set; } = new();

    public void Parse(PositionedJsonNode root)
    {
        Expect(root, JsonNodeKind.Object, "the top level");
        CheckKeys(root, "top level", "version", "description", "settings", "facets", "retired", "clauses", "acts", "powers", "search");
        if (root.Member("settings") is { } settings)
        {
            Settings = ParseSettings(settings);
        }

        var facets = Required(root, "facets", JsonNodeKind.Object);
        foreach (var (name, node) in facets.Members)
        {
            if (!TermFacets.Contains(name, StringComparer.Ordinal))
            {
                throw Error(node, $"unknown facet \"{name}\" (expected one of: {string.Join(", ", TermFacets)}).");
            }

            Facets[name] = ParseTerms(name, node);
        }

        foreach (var name in TermFacets)
        {
            if (!Facets.ContainsKey(name))
            {
                throw Error(facets, $"the facet \"{name}\" is missing.");
            }
        }

        if (root.Member("retired") is { } retired)
        {
            Expect(retired, JsonNodeKind.Array, "\"retired\"");
            Retired.AddRange(retired.Items.Select(ParseRetired));
        }

        if (root.Member("acts") is { } acts)
        {
            Expect(acts, JsonNodeKind.Array, "\"acts\"");
            foreach (var act in acts.Items)
            {
                Acts.Add(ParseAct(act));
            }
        }

        if (root.Member("powers") is { } powers)
        {
            Expect(powers, JsonNodeKind.Array, "\"powers\"");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var power in powers.Items)
            {
                var parsed = ParsePower(power);
                if (!seen.Add(parsed.Id))
                {
                    throw Error(power, $"duplicate power id \"{parsed.Id}\".");
                }

                Powers.Add(parsed);
            }
        }

        if (root.Member("clauses") is { } clauses)
        {
            ParseClauses(clauses);
        }

        if (root.Member("search") is { } search)
        {
            ParseSearch(search);
        }
    }

    private List<TaxonomyTerm> ParseTerms(string facet, PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Array, $"the facet \"{facet}\"");
        var terms = new List<TaxonomyTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.Items)
        {
            Expect(item, JsonNodeKind.Object, $"a term of \"{facet}\"");
            CheckKeys(item, "term", "id", "label", "synonyms", "cues", "note");
            var id = Id(item);
            if (!seen.Add(id))
            {
                throw Error(item, $"duplicate id \"{id}\" in facet \"{facet}\".");
            }

            var label = RequiredString(item, "label");
            var synonyms = Strings(item.Member("synonyms"), "synonyms");
            var cues = new List<TaxonomyCue>();
            if (item.Member("cues") is { } cueList)
            {
                Expect(cueList, JsonNodeKind.Array, "\"cues\"");
                cues.AddRange(cueList.Items.Select(ParseCue));
            }

            terms.Add(new TaxonomyTerm(id, label, synonyms, cues));
        }

        return terms;
    }

    private TaxonomyCue ParseCue(PositionedJsonNode node)
    {
        if (node.Kind == JsonNodeKind.String)
        {
            var phrase = NonEmpty(node, node.StringValue, "cue");
            return new TaxonomyCue(phrase, false, 1, CuePatternFactory.FromLiteral(phrase, false));
        }

        Expect(node, JsonNodeKind.Object, "a cue");
        CheckKeys(node, "cue", "text", "regex", "weight", "case", "anchors");
        var text = node.Member("text");
        var regex = node.Member("regex");
        if ((text is null) == (regex is null))
        {
            throw Error(node, "a cue needs exactly one of \"text\" or \"regex\".");
        }

        var weight = node.Member("weight") is { } w ? Weight(w) : 1;
        var caseSensitive = node.Member("case") is { Kind: JsonNodeKind.Boolean, BooleanValue: true };
        if (text is not null)
        {
            if (node.Member("anchors") is { } unwanted)
            {
                throw Error(unwanted, "\"anchors\" belong to a regex cue; a text cue finds its own.");
            }

            var phrase = NonEmpty(text, text.StringValue, "\"text\"");
            return new TaxonomyCue(phrase, false, weight, CuePatternFactory.FromLiteral(phrase, caseSensitive));
        }

        var pattern = NonEmpty(regex!, regex!.StringValue, "\"regex\"");
        List<string>? anchors = null;
        if (node.Member("anchors") is { } anchorList)
        {
            anchors = Strings(anchorList, "anchors");
            if (anchors.Count == 0 || anchors.Any(a => !AnchorWord().IsMatch(a)))
            {
                throw Error(anchorList, "\"anchors\" must list lower-case words (letters and digits), one of which every match contains.");
            }
        }

        return new TaxonomyCue(pattern, true, weight, CompileRegex(regex, pattern, caseSensitive), anchors);
    }

    private RetiredTerm ParseRetired(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "a retired term");
        CheckKeys(node, "retired term", "facet", "id", "label", "replacedBy", "note");
        var facet = RequiredString(node, "facet");
        if (!Facets.TryGetValue(facet, out var terms))
        {
            throw Error(node, $"unknown facet \"{facet}\" (expected one of: {string.Join(", ", TermFacets)}).");
        }

        var id = Id(node);
        if (terms.Any(t => t.Id == id))
        {
            throw Error(node, $"\"{id}\" is retired but is still a term of \"{facet}\".");
        }

        var replacedBy = Strings(Required(node, "replacedBy", JsonNodeKind.Array), "replacedBy");
        foreach (var replacement in replacedBy.Where(r => !terms.Any(t => t.Id == r)))
        {
            throw Error(node, $"\"{id}\" is replaced by \"{replacement}\", which is not a term of \"{facet}\".");
        }

        var label = node.Member("label") is { } l ? NonEmpty(l, l.StringValue, "\"label\"") : null;
        return replacedBy.Count == 0 ? throw Error(node, $"\"{id}\" needs at least one id in \"replacedBy\".") : new RetiredTerm(facet, id, label, replacedBy);
    }

    private LegislationAct ParseAct(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "an act");
        CheckKeys(node, "act", "id", "names", "note");
        var id = Id(node);
        var names = Required(node, "names", JsonNodeKind.Array);
        var alternatives = names.Items.Select(n =>
        {
            var pattern = NonEmpty(n, n.StringValue, "an act name");
            CompileRegex(n, pattern, false);
            return "(?:" + pattern + ")";
        });
        return new LegislationAct(id, CuePatternFactory.FromRegex(string.Join('|', alternatives), false));
    }

    private StatutoryPower ParsePower(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "a power");
        CheckKeys(node, "power", "id", "label", "act", "provision", "bare", "patterns", "models", "note");
        var id = Id(node);
        var label = RequiredString(node, "label");
        string? act = null;
        if (node.Member("act") is { } actNode)
        {
            act = NonEmpty(actNode, actNode.StringValue, "\"act\"");
            if (!Acts.Any(a => a.Id == act))
            {
                throw Error(actNode, $"unknown act \"{act}\" (declare it under \"acts\" first).");
            }
        }

        var provision = node.Member("provision") is { } p ? NonEmpty(p, p.StringValue, "\"provision\"") : null;
        var bare = node.Member("bare") is { Kind: JsonNodeKind.Boolean, BooleanValue: true };
        var patterns = new List<TieredRegex>();
        if (node.Member("patterns") is { } patternList)
        {
            Expect(patternList, JsonNodeKind.Array, "\"patterns\"");
            patterns.AddRange(patternList.Items.Select(n => CompileRegex(n, NonEmpty(n, n.StringValue, "a pattern"), false)));
        }

        var models = new List<PowerModelEvidence>();
        if (node.Member("models") is { } modelList)
        {
            Expect(modelList, JsonNodeKind.Array, "\"models\"");
            foreach (var m in modelList.Items)
            {
                Expect(m, JsonNodeKind.Object, "a model evidence entry");
                CheckKeys(m, "model evidence", "model", "weight", "subsection");
                var modelNode = Required(m, "model", JsonNodeKind.String);
                var model = modelNode.StringValue!;
                if (!Facets.TryGetValue(FacetNames.Model, out var modelTerms) || !modelTerms.Any(t => t.Id == model))
                {
                    throw Error(modelNode, $"unknown delivery model \"{model}\".");
                }

                var weight = m.Member("weight") is { } w ? Weight(w) : 1;
                var subsection = m.Member("subsection")?.StringValue;
                models.Add(new PowerModelEvidence(model, weight, subsection));
            }
        }

        if (act is null && patterns.Count == 0)
        {
            throw Error(node, $"the power \"{id}\" needs an \"act\" and \"provision\", or \"patterns\".");
        }

        return new StatutoryPower(id, label, act, provision, bare, patterns, models);
    }

    private TaggerSettings ParseSettings(PositionedJsonNode node)
    {
        Expect(node, JsonNodeKind.Object, "\"settings\"");
        CheckKeys(node, "settings", "unknownBelow", "secondaryRatio", "maxSecondary", "saturation", "fullEvidenceWords", "shortTextFloor", "openingChars", "zones");
        var defaults = new TaggerSettings();
        var zones = new Dictionary<string, double>(defaults.Zones, StringComparer.Ordinal);
        if (node.Member("zones") is { } zoneNode)
        {
            Expect(zoneNode, JsonNodeKind.Object, "\"zones\"");
            foreach (var (zone, value) in zoneNode.Members)
            {
                if (!zones.ContainsKey(zone))
                {
                    throw Error(value, $"unknown zone \"{zone}\" (expected title, heading, opening, body).");
                }

                zones[zone] = Number(value, zone, 0, 10);
            }
        }

        return new TaggerSettings
        {
            UnknownBelow = node.Member("unknownBelow") is { } u ? Number(u, "unknownBelow", 0, 1) : defaults.UnknownBelow,
            SecondaryRatio = node.Member("secondaryRatio") is { } s ? Number(s, "secondaryRatio", 0, 1) : defaults.SecondaryRatio,
            MaxSecondary = node.Member("maxSecondary") is { } m ? (int)Number(m, "maxSecondary", 0, 5) : defaults.MaxSecondary,
            Saturation = node.Member("saturation") is { } sat ? Number(sat, "saturation", 0.1, 1000) : defaults.Saturation,
            FullEvidenceWords = node.Member("fullEvidenceWords") is { } f ? (int)Number(f, "fullEvidenceWords", 0, 100_000) : defaults.FullEvidenceWords,
            ShortTextFloor = node.Member("shortTextFloor") is { } floor ? Number(floor, "shortTextFloor", 0.05, 1) : defaults.ShortTextFloor,
            OpeningChars = node.Member("openingChars") is { } o ? (int)Number(o, "openingChars", 0, 100_000) : defaults.OpeningChars,
            Zones = zones,
        };
    }

    private TieredRegex CompileRegex(PositionedJsonNode node, string pattern, bool caseSensitive)
    {
        try
        {
            return CuePatternFactory.FromRegex(pattern, caseSensitive);
        }
        catch (ArgumentException ex)
        {
            throw Error(node, $"bad regex \"{pattern}\": {ex.Message}");
        }
    }

    private double Weight(PositionedJsonNode node)
    {
        var weight = Number(node, "weight", -10, 10);
        return weight == 0 ? throw Error(node, "weight 0 out of range (use a non-zero number from -10 to 10).") : weight;
    }

    private double Number(PositionedJsonNode node, string name, double min, double max)
    {
        Expect(node, JsonNodeKind.Number, $"\"{name}\"");
        return node.NumberValue < min || node.NumberValue > max
            ? throw Error(node, string.Create(CultureInfo.InvariantCulture, $"{name} {node.NumberValue} out of range ({min} to {max})."))
            : node.NumberValue;
    }

    private string Id(PositionedJsonNode node)
    {
        var idNode = Required(node, "id", JsonNodeKind.String);
        var id = idNode.StringValue!;
        return IdPattern().IsMatch(id)
            ? id
            : throw Error(idNode, $"bad id \"{id}\" (use lower-case letters, digits and single hyphens).");
    }

    private string RequiredString(PositionedJsonNode node, string name)
    {
        var value = Required(node, name, JsonNodeKind.String);
        return NonEmpty(value, value.StringValue, $"\"{name}\"");
    }

    private List<string> Strings(PositionedJsonNode? node, string name)
    {
        if (node is null)
        {
            return [];
        }

        Expect(node, JsonNodeKind.Array, $"\"{name}\"");
        return [.. node.Items.Select(i => NonEmpty(i, i.StringValue, $"an entry of \"{name}\""))];
    }

    private PositionedJsonNode Required(PositionedJsonNode node, string name, JsonNodeKind kind)
    {
        var value = node.Member(name) ?? throw Error(node, $"\"{name}\" is missing.");
        Expect(value, kind, $"\"{name}\"");
        return value;
    }

    private string NonEmpty(PositionedJsonNode node, string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw Error(node, $"{what} must be a non-empty string.") : value;

    private void Expect(PositionedJsonNode node, JsonNodeKind kind, string what)
    {
        if (node.Kind != kind)
        {
            throw Error(node, $"{what} must be {Describe(kind)}, not {Describe(node.Kind)}.");
        }
    }

    private void CheckKeys(PositionedJsonNode node, string what, params string[] allowed)
    {
        foreach (var (key, value) in node.Members)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw Error(value, $"unknown key \"{key}\" in {what} (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }

    private TaxonomyException Error(PositionedJsonNode node, string problem) => new($"{source} {node.Where}: {problem}");

    private static string Describe(JsonNodeKind kind) => kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "a list",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "true or false",
        _ => "null",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorWord();
}
