using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Web.Librarian;

/// <summary>A librarian's corrections of a document's tags (kept across re-ingests), each recorded in the audit trail with
/// the values before and after; the one implementation behind `templib retag`, the review queue and the document page.</summary>
public sealed class DocumentCorrection(LibraryIndex index, AuditLog audit, Taxonomy taxonomy)
{
    private readonly TaxonomyVocabulary _vocabulary = new(taxonomy);

    /// <summary>The facet's values as taxonomy ids (an id, label or synonym is accepted), in the order given, each once.</summary>
    /// <exception cref="CorrectionException">The facet is unknown, a value is not one of the facet's or no value is given.</exception>
    public IReadOnlyList<string> Resolve(string facet, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!FacetNames.All.Contains(facet))
        {
            throw new CorrectionException($"unknown facet '{facet}': use {string.Join(", ", FacetNames.All)}");
        }

        var resolved = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => ResolveOne(facet, v.Trim())).Distinct(StringComparer.Ordinal).ToList();
        return resolved.Count > 0 ? resolved : throw new CorrectionException($"choose a {facet} value");
    }

    /// <summary>Sets the facet's values for <paramref name="user"/>; returns the values it had before.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    /// <exception cref="CorrectionException">A value is not one of the facet's.</exception>
    public IReadOnlyList<string> Correct(string id, string facet, IEnumerable<string> values, string user)
    {
        var resolved = Resolve(facet, values);
        var before = EffectiveValues(id, facet);
        index.SetLibrarianTags(id, facet, resolved);
        audit.Record(user, AuditActions.Retag, id, Describe(facet, before), Describe(facet, resolved));
        return before;
    }

    /// <summary>Confirms a facet's guessed values as they are: they become the librarian's, so the review queue no longer lists them.</summary>
    /// <exception cref="DocumentNotFoundException">No document has the id.</exception>
    /// <exception cref="CorrectionException">The facet is unknown or the document has no value of it to accept.</exception>
    public IReadOnlyList<string> Accept(string id, string facet, string user)
    {
        if (!FacetNames.All.Contains(facet))
        {
            throw new CorrectionException($"unknown facet '{facet}': use {string.Join(", ", FacetNames.All)}");
        }

        var values = EffectiveValues(id, facet);
        if (values.Count == 0)
        {
            throw new CorrectionException($"the document has no {facet} to accept: choose one instead");
        }

        index.SetLibrarianTags(id, facet, values);
        audit.Record(user, AuditActions.Accept, id, null, Describe(facet, values));
        return values;
    }

    private string ResolveOne(string facet, string value)
    {
        if (facet == FacetNames.Year)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                ? year.ToString(CultureInfo.InvariantCulture)
                : throw new CorrectionException($"year '{value}' is not a year between 1900 and 2100");
        }

        if (_vocabulary.TryResolve(facet, value, out var id))
        {
            return id;
        }

        var replacements = _vocabulary.Replacements(facet, value);
        throw new CorrectionException(replacements.Count > 0
            ? $"{facet} '{value}' is no longer a value: it was split into {string.Join(", ", replacements)}; use the one that fits"
            : $"{facet} '{value}' is not a known value; allowed: {string.Join(", ", _vocabulary.AllowedValues(facet))}");
    }

    private List<string> EffectiveValues(string id, string facet)
    {
        var document = index.GetDocument(id) ?? throw new DocumentNotFoundException(id);
        return [.. document.EffectiveTags.Where(t => t.Facet == facet).Select(t => t.Value).Distinct(StringComparer.Ordinal)];
    }

    private static string Describe(string facet, IEnumerable<string> values) => $"{facet}: {string.Join("; ", values)}";
}
