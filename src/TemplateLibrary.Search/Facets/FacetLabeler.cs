using System.Collections.Concurrent;

namespace TemplateLibrary.Search.Facets;

/// <summary>Looks up (and caches) display labels for facet values.</summary>
internal sealed class FacetLabeler
{
    private readonly Func<string, string, string?>? labelFor;
    private readonly ConcurrentDictionary<(string Facet, string Value), string> cache = new();

    /// <summary>Creates the labeler; with no lookup, a value is its own label.</summary>
    public FacetLabeler(Func<string, string, string?>? labelFor)
    {
        this.labelFor = labelFor;
    }

    /// <summary>The label of a value.</summary>
    public string Label(string facet, string value) =>
        labelFor is null ? value : cache.GetOrAdd((facet, value), key => labelFor(key.Facet, key.Value) ?? key.Value);
}
