using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>One name for each partner body the tagger writes in several forms: the gazetteer's endings of a kind are
/// alternatives ("NHS Ashmoor Integrated Care Board", "Ashmoor ICB"), and "NHS" before the place is optional; the longest
/// form the library uses is kept.</summary>
internal sealed class PartnerBodyNames
{
    private readonly CouncilGazetteer gazetteer;
    private readonly Dictionary<string, string> byKey = new(StringComparer.Ordinal);

    public PartnerBodyNames(CouncilGazetteer gazetteer, IEnumerable<string> names)
    {
        this.gazetteer = gazetteer;
        foreach (var name in names)
        {
            var key = Key(name);
            if (!byKey.TryGetValue(key, out var known) || name.Length > known.Length || (name.Length == known.Length && string.CompareOrdinal(name, known) < 0))
            {
                byKey[key] = name;
            }
        }
    }

    /// <summary>The form of the name the library's arrangements use.</summary>
    public string Canonical(string name) => byKey.GetValueOrDefault(Key(name), name);

    private string Key(string name)
    {
        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var kind in gazetteer.PartnerKinds)
        {
            foreach (var ending in kind.Endings.Where(e => trimmed.Length > e.Length && trimmed.EndsWith(" " + e, StringComparison.OrdinalIgnoreCase)))
            {
                var stem = trimmed[..^ending.Length].Trim();
                if (stem.StartsWith("NHS ", StringComparison.OrdinalIgnoreCase))
                {
                    stem = stem[4..];
                }

                return kind.Id + ":" + stem.ToUpperInvariant();
            }
        }

        return trimmed.ToUpperInvariant();
    }
}
