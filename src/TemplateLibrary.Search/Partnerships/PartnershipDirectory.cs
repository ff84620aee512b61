using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Facets;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>The partnerships directory: arrangements derived from the library's documents (see
/// <see cref="ArrangementGrouper"/>), listed with facets, one by one, and by council. Derived again on the first call
/// after the catalogue changes; thread-safe.</summary>
public sealed class PartnershipDirectory
{
    private readonly CatalogueStore catalogue;
    private readonly FacetLabeler labeler;
    private readonly CouncilGazetteer gazetteer;
    private readonly Lock gate = new();
    private (long Generation, IReadOnlyList<Partnership> Items)? cache;

    internal PartnershipDirectory(CatalogueStore catalogue, FacetLabeler labeler, CouncilGazetteer gazetteer)
    {
        this.catalogue = catalogue;
        this.labeler = labeler;
        this.gazetteer = gazetteer;
    }

    /// <summary>Every arrangement, labelled, by service then name.</summary>
    public IReadOnlyList<Partnership> All()
    {
        var generation = PartnershipRows.EnsureCurrent(catalogue, gazetteer);
        lock (gate)
        {
            if (cache is { } known && known.Generation == generation)
            {
                return known.Items;
            }
        }

        var items = catalogue.Read((c, t) => PartnershipRows.ReadAll(c, t)).Select(Label)
            .OrderBy(p => p.CategoryLabel, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        lock (gate)
        {
            cache = (generation, items);
        }

        return items;
    }

    /// <summary>The arrangements matching the query, a page of them and the facet counts.</summary>
    public PartnershipList List(PartnershipQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = All();
        var matching = all.Where(p => Matches(p, query, except: null)).ToList();
        var facets = PartnershipFacets.All.ToDictionary(
            f => f,
            f => Count(f, all.Where(p => Matches(p, query, except: f))),
            StringComparer.Ordinal);
        return new PartnershipList
        {
            Total = matching.Count,
            Members = matching.SelectMany(p => p.Members.Select(m => m.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            Items = [.. matching.Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 1, 1000))],
            Facets = facets,
        };
    }

    /// <summary>Every council in the arrangements matching the query (paging ignored) with how many it is in, most first.</summary>
    public IReadOnlyList<CouncilCount> CountByCouncil(PartnershipQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. All()
            .Where(p => Matches(p, query, except: null))
            .SelectMany(p => p.Members.Where(m => m.IsCouncil).DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase))
            .GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CouncilCount(g.Key, g.First().Region, g.Count()))
            .OrderByDescending(c => c.Arrangements).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One arrangement by id, or null.</summary>
    public Partnership? Get(string id) => All().FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    /// <summary>Stores a librarian's correction of an arrangement, applied after this and every later derivation; returns
    /// the arrangement as it was. The values are the caller's to check against the taxonomy.</summary>
    /// <exception cref="ArrangementNotFoundException">No arrangement has the id.</exception>
    /// <exception cref="ArgumentException">Nothing to change, or a role, status or year out of range.</exception>
    public Partnership Correct(string id, PartnershipEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (edit.IsEmpty)
        {
            throw new ArgumentException("nothing to correct", nameof(edit));
        }

        if (edit.Members is { } members && (members.Count == 0 || members.Any(m => string.IsNullOrWhiteSpace(m.Name) || !PartnershipRoles.All.Contains(m.Role))))
        {
            throw new ArgumentException($"each partner needs a name and a role: {string.Join(", ", PartnershipRoles.All)}", nameof(edit));
        }

        if ((edit.Status is { } status && !ArrangementStatuses.All.Contains(status)) || edit.StartYear is < 1900 or > 2100)
        {
            throw new ArgumentException($"the status must be {string.Join(", ", ArrangementStatuses.All)} and the year between 1900 and 2100", nameof(edit));
        }

        var before = Get(id) ?? throw new ArrangementNotFoundException(id);
        Store(new StoredCorrection { Anchor = [.. before.Documents.Select(d => d.Id)], Edit = edit });
        return before;
    }

    /// <summary>Merges the arrangement <paramref name="otherId"/> into <paramref name="id"/> (its documents, partners and
    /// savings join it; its own values win), now and after every later derivation; returns the two as they were.</summary>
    /// <exception cref="ArrangementNotFoundException">Either id is unknown.</exception>
    /// <exception cref="ArgumentException">The two ids are the same.</exception>
    public (Partnership Into, Partnership Merged) Merge(string id, string otherId)
    {
        if (string.Equals(id, otherId, StringComparison.Ordinal))
        {
            throw new ArgumentException("an arrangement cannot be merged into itself", nameof(otherId));
        }

        var into = Get(id) ?? throw new ArrangementNotFoundException(id);
        var other = Get(otherId) ?? throw new ArrangementNotFoundException(otherId);
        Store(new StoredCorrection { Anchor = [.. into.Documents.Select(d => d.Id)], Merged = [.. other.Documents.Select(d => d.Id)] });
        return (into, other);
    }

    // A catalogue write: the generation moves on, so the next read derives the arrangements again with the correction.
    private void Store(StoredCorrection correction) =>
        catalogue.Write((connection, transaction, _) =>
        {
            PartnershipCorrections.Add(connection, transaction, correction);
            return true;
        });

    /// <summary>A council's (or other partner's) page, or null when neither the gazetteer nor any arrangement or document
    /// knows the name.</summary>
    public CouncilProfile? Council(string name, int documents = 200)
    {
        ArgumentNullException.ThrowIfNull(name);
        var known = gazetteer.Find(name);
        var all = All();
        var canonical = known?.Name
            ?? all.SelectMany(p => p.Members).Select(m => m.Name).FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
        var docs = catalogue.Read((c, t) => PartnershipRows.CouncilDocuments(c, t, canonical ?? name.Trim(), Math.Clamp(documents, 1, 1000)));
        if (canonical is null && docs.Count == 0)
        {
            return null;
        }

        canonical ??= name.Trim();
        var arrangements = all.Where(p => IsMember(p, canonical)).ToList();
        return new CouncilProfile
        {
            Name = canonical,
            Kind = known?.Kind,
            Region = known?.Region,
            RegionLabel = known is null ? null : RegionLabel(known.Region),
            Arrangements = arrangements,
            Partners = [.. arrangements
                .SelectMany(p => p.Members.Select(m => m.Name))
                .Where(n => !string.Equals(n, canonical, StringComparison.OrdinalIgnoreCase))
                .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CouncilPartner(g.Key, g.Count()))
                .OrderByDescending(p => p.Shared).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)],
            Documents = docs,
        };
    }

    /// <summary>The label of a value of one of the directory's facets.</summary>
    public string LabelOf(string facet, string value) => facet switch
    {
        PartnershipFacets.Category => labeler.Label(FacetNames.Category, value),
        PartnershipFacets.Model => labeler.Label(FacetNames.Model, value),
        PartnershipFacets.Region => RegionLabel(value),
        PartnershipFacets.Partners => value + " partners",
        PartnershipFacets.Status => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..],
        _ => value,
    };

    private static bool IsMember(Partnership partnership, string name) =>
        partnership.Members.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> ValuesOf(Partnership p, string facet) => facet switch
    {
        PartnershipFacets.Category => [p.Category],
        PartnershipFacets.Model => p.Model is null ? [] : [p.Model],
        PartnershipFacets.Region => p.Regions,
        PartnershipFacets.Partners => [PartnershipFacets.PartnerBucket(p.Members.Count)],
        PartnershipFacets.Year => p.StartYear is { } year ? [year.ToString(CultureInfo.InvariantCulture)] : [],
        PartnershipFacets.Status => [p.Status ?? PartnershipFacets.UnknownStatus],
        _ => [],
    };

    private static bool Matches(Partnership p, PartnershipQuery query, string? except)
    {
        if (query.Council is { Length: > 0 } council && !IsMember(p, council.Trim()))
        {
            return false;
        }

        if (except != PartnershipFacets.Year && ((query.YearFrom is { } from && !(p.StartYear >= from)) || (query.YearTo is { } to && !(p.StartYear <= to))))
        {
            return false;
        }

        var filters = new (string Facet, IReadOnlyList<string> Values)[]
        {
            (PartnershipFacets.Category, query.Categories),
            (PartnershipFacets.Model, query.Models),
            (PartnershipFacets.Region, query.Regions),
            (PartnershipFacets.Partners, query.Partners),
            (PartnershipFacets.Status, query.Statuses),
        };
        foreach (var (facet, values) in filters)
        {
            if (facet != except && values.Count > 0 && !ValuesOf(p, facet).Any(v => values.Contains(v, StringComparer.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return query.Text is not { Length: > 0 } text || TextMatches(p, text);
    }

    private static bool TextMatches(Partnership p, string text)
    {
        var haystack = string.Join(
            ' ',
            new[] { p.Name, p.CategoryLabel, p.ModelLabel ?? string.Empty }
                .Concat(p.Members.Select(m => m.Name))
                .Concat(p.Documents.Select(d => d.Title)));
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private IReadOnlyList<FacetCount> Count(string facet, IEnumerable<Partnership> partnerships)
    {
        var counts = partnerships
            .SelectMany(p => ValuesOf(p, facet).Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, LabelOf(facet, g.Key), g.Count()));
        return facet is PartnershipFacets.Year or PartnershipFacets.Partners
            ? [.. counts.OrderBy(c => c.Value, StringComparer.Ordinal)]
            : [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase)];
    }

    private Partnership Label(Partnership p) => p with
    {
        CategoryLabel = labeler.Label(FacetNames.Category, p.Category),
        ModelLabel = p.Model is null ? null : labeler.Label(FacetNames.Model, p.Model),
        Name = labeler.Label(FacetNames.Category, p.Category) + ": " + NameOf(p.Members),
    };

    // The councils' short names, and the other bodies counted: the tagger writes one body in several forms.
    private static string NameOf(IReadOnlyList<PartnershipMember> members)
    {
        var councils = members.Where(m => m.IsCouncil).Select(m => ShortName(m.Name)).ToList();
        var others = members.Count - councils.Count;
        return councils.Count == 0 ? string.Join(", ", members.Select(m => m.Name))
            : string.Join(", ", councils) + (others switch { 0 => string.Empty, 1 => " and 1 other body", _ => $" and {others} other bodies" });
    }

    private string RegionLabel(string region) => gazetteer.RegionLabels.GetValueOrDefault(region, region);

    // "Brackenford District Council" reads as "Brackenford" in a list of partners.
    private static string ShortName(string name)
    {
        string[] prefixes = ["London Borough of ", "Royal Borough of ", "City of "];
        string[] suffixes = [" Metropolitan Borough Council", " District Council", " Borough Council", " City Council", " County Council", " Unitary Council", " Council"];
        foreach (var prefix in prefixes.Where(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length))
        {
            return name[prefix.Length..];
        }

        foreach (var suffix in suffixes.Where(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length))
        {
            return name[..^suffix.Length];
        }

        return name;
    }
}
