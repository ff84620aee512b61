using System.Globalization;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Validates the councils file (<c>councils.json</c>) and builds its entries; every error names its line.</summary>
internal sealed class CouncilGazetteerParser
{
    private readonly string source;
    private readonly HashSet<string> regions = new(StringComparer.Ordinal);
    private readonly HashSet<string> kinds = new(StringComparer.Ordinal);

    public CouncilGazetteerParser(string source) => this.source = source;

    public List<GazetteerCouncil> Councils { get; } = [];

    public Dictionary<string, string> RegionLabels { get; } = new(StringComparer.Ordinal);

    public List<PartnerBodyKind> PartnerKinds { get; } = [];

    public List<NamedPublicBody> NamedBodies { get; } = [];

    public void Parse(PositionedJsonNode root)
    {
        Expect(root, JsonNodeKind.Object, "the top level");
        CheckKeys(root, "top level", "version", "description", "regions", "kinds", "councils", "partnerBodies", "namedBodies");
        foreach (var region in Items(root, "regions"))
        {
            CheckKeys(region, "region", "id", "label");
            var id = String(region, "id");
            RegionLabels[id] = String(region, "label");
            regions.Add(id);
        }

        foreach (var kind in Items(root, "kinds"))
        {
            CheckKeys(kind, "kind", "id", "label");
            kinds.Add(String(kind, "id"));
        }

        var names = new Dictionary<string, PositionedJsonNode>(StringComparer.OrdinalIgnoreCase);
        var successorNodes = new List<(PositionedJsonNode Node, string Name)>();
        foreach (var node in Items(root, "councils"))
        {
            CheckKeys(node, "council", "name", "kind", "region", "aliases", "abolished", "successors");
            var name = String(node, "name");
            if (!names.TryAdd(name, node))
            {
                throw Error(node, $"\"{name}\" is listed twice (first at {names[name].Where}).");
            }

            var kind = String(node, "kind");
            if (!kinds.Contains(kind))
            {
                throw Error(node, $"unknown kind \"{kind}\" (declare it under \"kinds\").");
            }

            var region = String(node, "region");
            if (!regions.Contains(region))
            {
                throw Error(node, $"unknown region \"{region}\" (declare it under \"regions\").");
            }

            int? abolished = null;
            if (node.Member("abolished") is { } year)
            {
                Expect(year, JsonNodeKind.Number, "\"abolished\"");
                abolished = year.NumberValue is >= 1974 and <= 2100 && year.NumberValue == Math.Floor(year.NumberValue)
                    ? (int)year.NumberValue
                    : throw Error(year, string.Create(CultureInfo.InvariantCulture, $"\"abolished\" {year.NumberValue} is not a year."));
            }

            var successors = Strings(node, "successors");
            if (abolished is null && successors.Count > 0)
            {
                throw Error(node, $"\"{name}\" has successors but no \"abolished\" year.");
            }

            successorNodes.AddRange(successors.Select(s => (node, s)));
            Councils.Add(new GazetteerCouncil(name, kind, region, Strings(node, "aliases"), abolished, successors));
        }

        foreach (var (node, successor) in successorNodes)
        {
            if (!names.ContainsKey(successor))
            {
                throw Error(node, $"the successor \"{successor}\" is not a council of this file.");
            }
        }

        foreach (var node in Items(root, "partnerBodies"))
        {
            CheckKeys(node, "partner body kind", "kind", "label", "endings");
            var endings = Strings(node, "endings");
            if (endings.Count == 0)
            {
                throw Error(node, "a partner body kind needs at least one ending.");
            }

            PartnerKinds.Add(new PartnerBodyKind(String(node, "kind"), String(node, "label"), endings));
        }

        foreach (var node in Items(root, "namedBodies"))
        {
            CheckKeys(node, "named body", "name", "kind");
            var kind = String(node, "kind");
            if (!PartnerKinds.Any(k => k.Id == kind))
            {
                throw Error(node, $"unknown partner body kind \"{kind}\".");
            }

            NamedBodies.Add(new NamedPublicBody(String(node, "name"), kind));
        }
    }

    private List<PositionedJsonNode> Items(PositionedJsonNode node, string name)
    {
        if (node.Member(name) is not { } list)
        {
            return [];
        }

        Expect(list, JsonNodeKind.Array, $"\"{name}\"");
        foreach (var item in list.Items)
        {
            Expect(item, JsonNodeKind.Object, $"an entry of \"{name}\"");
        }

        return list.Items;
    }

    private string String(PositionedJsonNode node, string name)
    {
        var value = node.Member(name) ?? throw Error(node, $"\"{name}\" is missing.");
        Expect(value, JsonNodeKind.String, $"\"{name}\"");
        return string.IsNullOrWhiteSpace(value.StringValue) ? throw Error(value, $"\"{name}\" must not be empty.") : value.StringValue.Trim();
    }

    private List<string> Strings(PositionedJsonNode node, string name)
    {
        if (node.Member(name) is not { } list)
        {
            return [];
        }

        Expect(list, JsonNodeKind.Array, $"\"{name}\"");
        return [.. list.Items.Select(i =>
        {
            Expect(i, JsonNodeKind.String, $"an entry of \"{name}\"");
            return string.IsNullOrWhiteSpace(i.StringValue) ? throw Error(i, $"an entry of \"{name}\" is empty.") : i.StringValue.Trim();
        })];
    }

    private void Expect(PositionedJsonNode node, JsonNodeKind kind, string what)
    {
        if (node.Kind != kind)
        {
            throw Error(node, $"{what} must be {kind.ToString().ToLowerInvariant()}, not {node.Kind.ToString().ToLowerInvariant()}.");
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
}
