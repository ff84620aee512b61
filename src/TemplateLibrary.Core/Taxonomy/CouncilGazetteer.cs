using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>
/// The councils the tagger knows by name (<c>councils.json</c>): the UK's principal councils, those abolished since 2009,
/// and the sample library's fictional councils, each with its region; plus the kinds of other public bodies it recognises.
/// </summary>
public sealed class CouncilGazetteer
{
    private const string ResourceName = "TemplateLibrary.Core.Taxonomy.councils.json";
    private static readonly Lazy<CouncilGazetteer> Default = new(() => FromResource());
    private readonly Dictionary<string, List<(GazetteerCouncil Council, HashSet<string> Kinds)>> byPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerCouncil> byName = new(StringComparer.OrdinalIgnoreCase);

    private CouncilGazetteer(CouncilGazetteerParser parsed)
    {
        Councils = parsed.Councils;
        RegionLabels = parsed.RegionLabels;
        PartnerKinds = parsed.PartnerKinds;
        NamedBodies = parsed.NamedBodies;
        foreach (var council in Councils)
        {
            foreach (var name in (IEnumerable<string>)[council.Name, .. council.Aliases])
            {
                byName.TryAdd(name, council);
                var (places, kinds) = CouncilNameParts.Split(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                foreach (var key in places.Select(CouncilNameParts.Key).Distinct(StringComparer.Ordinal))
                {
                    if (!byPlace.TryGetValue(key, out var list))
                    {
                        byPlace[key] = list = [];
                    }

                    list.Add((council, kinds));
                }
            }
        }
    }

    /// <summary>Every council, current ones first, in file order.</summary>
    public IReadOnlyList<GazetteerCouncil> Councils { get; }

    /// <summary>Region ids and their labels (ONS regions of England, the three other nations, and <c>sample</c>).</summary>
    public IReadOnlyDictionary<string, string> RegionLabels { get; }

    /// <summary>The kinds of other public bodies (NHS trusts, police, parish councils, ...) and the endings of their names.</summary>
    public IReadOnlyList<PartnerBodyKind> PartnerKinds { get; }

    /// <summary>Public bodies recognised by their whole name.</summary>
    public IReadOnlyList<NamedPublicBody> NamedBodies { get; }

    /// <summary>The gazetteer shipped with the product (embedded in Core).</summary>
    public static CouncilGazetteer LoadDefault() => Default.Value;

    /// <summary>Loads a councils file; a <see cref="TaxonomyException"/> names the line and the problem.</summary>
    public static CouncilGazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TaxonomyException($"{path}: cannot read the councils file: {ex.Message}");
        }

        return Parse(bytes, Path.GetFileName(path));
    }

    /// <summary>Parses councils JSON text; <paramref name="sourceName"/> prefixes error messages.</summary>
    public static CouncilGazetteer Parse(string json, string sourceName = "councils")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(PositionedJsonReader.Utf8(json), sourceName);
    }

    /// <summary>The council with this name or alias (any case), or null.</summary>
    public GazetteerCouncil? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.GetValueOrDefault(string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Whether some council has this place name ("Wealden", "Vale of Glamorgan").</summary>
    internal bool IsPlace(string key) => byPlace.ContainsKey(key);

    /// <summary>
    /// The council a name found in text stands for: its place name must be in the gazetteer; where several councils share
    /// it (Somerset County Council and Somerset Council), the one whose kind words fit is chosen, a current one before
    /// an abolished one.
    /// </summary>
    /// <param name="words">The name's words as written, kind words included ("Wealden", "District").</param>
    /// <param name="kindOptions">Kind words the text gave besides <paramref name="words"/>: alternatives, any of which may fit ("CC": county or city).</param>
    internal GazetteerCouncil? Resolve(IReadOnlyList<string> words, IReadOnlyList<IReadOnlySet<string>> kindOptions)
    {
        var (places, writtenKinds) = CouncilNameParts.Split(words);
        GazetteerCouncil? best = null;
        var bestRank = int.MaxValue;
        foreach (var key in places.Select(CouncilNameParts.Key))
        {
            if (!byPlace.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var (council, kinds) in candidates)
            {
                var fits = kindOptions.Count == 0
                    ? writtenKinds.IsSubsetOf(kinds)
                    : kindOptions.Any(option => writtenKinds.Concat(option).All(kinds.Contains));
                var rank = (fits ? 0 : 2) + (council.Abolished is null ? 0 : 1);
                if (rank < bestRank)
                {
                    best = council;
                    bestRank = rank;
                }
            }
        }

        return best;
    }

    private static CouncilGazetteer Parse(byte[] bytes, string sourceName)
    {
        var root = PositionedJsonReader.Parse(PositionedJsonReader.WithoutBom(bytes), sourceName);
        var parser = new CouncilGazetteerParser(sourceName);
        parser.Parse(root);
        return new CouncilGazetteer(parser);
    }

    private static CouncilGazetteer FromResource()
    {
        using var stream = typeof(CouncilGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new TaxonomyException($"the embedded councils file {ResourceName} is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.ToArray(), "councils.json (embedded)");
    }
}
