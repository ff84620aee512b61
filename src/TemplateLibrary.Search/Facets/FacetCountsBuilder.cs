using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Facets;

/// <summary>Turns raw value counts into labelled lists: most documents first, then by label; a selected value that no
/// document has is listed at zero so it can be cleared.</summary>
internal static class FacetCountsBuilder
{
    /// <summary>The facet lists of a response.</summary>
    public static Dictionary<string, IReadOnlyList<FacetCount>> Build(IReadOnlyList<Dictionary<string, int>> counts, FacetFilter filter, FacetLabeler labeler)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var slot = 0; slot < counts.Count; slot++)
        {
            var facet = SegmentFacets.Slots[slot];
            var list = counts[slot].Select(c => new FacetCount(c.Key, labeler.Label(facet, c.Key), c.Value)).ToList();
            if (filter.Selected.TryGetValue(facet, out var selected))
            {
                foreach (var value in selected.Where(v => !counts[slot].Keys.Contains(v, StringComparer.OrdinalIgnoreCase)))
                {
                    list.Add(new FacetCount(value, labeler.Label(facet, value), 0));
                }
            }

            list.Sort(Order);
            facets[facet] = list;
        }

        return facets;
    }

    /// <summary>Most documents first, then by label.</summary>
    public static int Order(FacetCount a, FacetCount b)
    {
        var order = b.Count.CompareTo(a.Count);
        return order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(a.Label, b.Label);
    }
}
