using System.Globalization;

namespace TemplateLibrary.Search.Indexing;

/// <summary>What a commit of the full-text index says about itself: the schema it was built with, the catalogue it
/// was built from and the catalogue generation it reflects.</summary>
/// <param name="Schema">The index schema and analysis fingerprint.</param>
/// <param name="Catalogue">The id of the catalogue it was built from.</param>
/// <param name="Generation">The catalogue generation it reflects.</param>
internal sealed record IndexStamp(string Schema, string Catalogue, long Generation)
{
    private const string SchemaKey = "schema";
    private const string CatalogueKey = "catalogue";
    private const string GenerationKey = "generation";

    /// <summary>Reads the stamp from commit user data; null when it has none (a new or foreign index).</summary>
    public static IndexStamp? Read(IDictionary<string, string>? data)
    {
        if (data is null
            || !data.TryGetValue(SchemaKey, out var schema)
            || !data.TryGetValue(CatalogueKey, out var catalogue)
            || !data.TryGetValue(GenerationKey, out var generation)
            || !long.TryParse(generation, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new IndexStamp(schema, catalogue, value);
    }

    /// <summary>The commit user data.</summary>
    public Dictionary<string, string> ToCommitData() => new(StringComparer.Ordinal)
    {
        [SchemaKey] = Schema,
        [CatalogueKey] = Catalogue,
        [GenerationKey] = Generation.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>True when an index with this stamp can serve a catalogue (same schema and catalogue, not ahead of it).</summary>
    public bool Serves(string schema, string catalogue, long catalogueGeneration) =>
        Schema == schema && Catalogue == catalogue && Generation <= catalogueGeneration;
}
