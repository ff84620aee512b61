using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>The controlled vocabularies (category, model, type), the statutory powers table and the tagger's cues.</summary>
public sealed class Taxonomy
{
    private const string ResourceName = "TemplateLibrary.Core.Taxonomy.taxonomy.json";
    private static readonly Lazy<Taxonomy> Default = new(() => FromResource());
    private readonly Dictionary<string, List<TaxonomyTerm>> terms;

    private Taxonomy(TaxonomyParser parsed)
    {
        terms = parsed.Facets;
        Acts = parsed.Acts;
        Powers = parsed.Powers;
        Settings = parsed.Settings;
        Search = parsed.Search;
        Retired = parsed.Retired;
        Clauses = parsed.Clauses;
        Facets = [.. FacetNames.All.Where(f => terms.ContainsKey(f) || (f == FacetNames.Power && Powers.Count > 0))];
    }

    /// <summary>The facets that have a controlled vocabulary here: category, model, type and power.</summary>
    public IReadOnlyList<string> Facets { get; }

    /// <summary>The statutory powers the tagger recognises.</summary>
    public IReadOnlyList<StatutoryPower> Powers { get; }

    /// <summary>Citation forms, synonyms, question words and aliases for search (the file's "search" section).</summary>
    public SearchVocabulary Search { get; }

    /// <summary>Term ids no longer used, with the ids that replaced them.</summary>
    public IReadOnlyList<RetiredTerm> Retired { get; }

    /// <summary>The clause kinds and their cues (the file's "clauses" section).</summary>
    public ClauseVocabulary Clauses { get; }

    internal IReadOnlyList<LegislationAct> Acts { get; }

    internal TaggerSettings Settings { get; }

    /// <summary>The taxonomy shipped with the product (embedded in Core).</summary>
    public static Taxonomy LoadDefault() => Default.Value;

    /// <summary>Loads a librarian's taxonomy file; a <see cref="TaxonomyException"/> names the line and the problem.</summary>
    public static Taxonomy Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TaxonomyException($"{path}: cannot read the taxonomy file: {ex.Message}");
        }

        return Parse(bytes, Path.GetFileName(path));
    }

    /// <summary>Parses taxonomy JSON text; <paramref name="sourceName"/> prefixes error messages.</summary>
    public static Taxonomy Parse(string json, string sourceName = "taxonomy")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>The terms of a facet (category, model, type); empty for a facet without a vocabulary.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms(string facet) =>
        terms.TryGetValue(facet, out var list) ? list : [];

    /// <summary>The label of a term or power id, or null when the id is unknown.</summary>
    public string? LabelFor(string facet, string value)
    {
        if (facet == FacetNames.Power)
        {
            return Powers.FirstOrDefault(p => string.Equals(p.Id, value, StringComparison.OrdinalIgnoreCase))?.Label;
        }

        return Terms(facet).FirstOrDefault(t => string.Equals(t.Id, value, StringComparison.OrdinalIgnoreCase))?.Label;
    }

    /// <summary>Resolves an id, label or synonym (any case, "&amp;" or "and", punctuation ignored) to the term's id.</summary>
    public bool TryResolve(string facet, string idOrLabelOrSynonym, out string id)
    {
        id = string.Empty;
        if (string.IsNullOrWhiteSpace(idOrLabelOrSynonym))
        {
            return false;
        }

        var wanted = Normalise(idOrLabelOrSynonym);
        IEnumerable<(string Id, IEnumerable<string> Names)> candidates = facet == FacetNames.Power
            ? Powers.Select(p => (p.Id, (IEnumerable<string>)[p.Id, p.Label]))
            : Terms(facet).Select(t => (t.Id, (IEnumerable<string>)[t.Id, t.Label, .. t.Synonyms]));
        foreach (var (candidateId, names) in candidates)
        {
            if (names.Any(n => Normalise(n) == wanted))
            {
                id = candidateId;
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids that replaced a retired id or label of a facet ("joint-company": teckal-company, joint-venture); empty otherwise.</summary>
    public IReadOnlyList<string> ReplacementsFor(string facet, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var wanted = Normalise(value);
        return Retired.FirstOrDefault(r => r.Facet == facet && (Normalise(r.Id) == wanted || (r.Label is not null && Normalise(r.Label) == wanted)))?.ReplacedBy ?? [];
    }

    private static Taxonomy Parse(byte[] bytes, string sourceName)
    {
        var root = PositionedJsonReader.Parse(PositionedJsonReader.WithoutBom(bytes), sourceName);
        var parser = new TaxonomyParser(sourceName);
        parser.Parse(root);
        return new Taxonomy(parser);
    }

    private static Taxonomy FromResource()
    {
        using var stream = typeof(Taxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new TaxonomyException($"the embedded taxonomy {ResourceName} is missing from the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.ToArray(), "taxonomy.json (embedded)");
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
