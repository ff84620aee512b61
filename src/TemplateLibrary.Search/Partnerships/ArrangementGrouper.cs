using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>
/// Groups documents into arrangements: documents naming the same set of at least two councils about the same main service
/// are one arrangement (a document naming one council and other public bodies, such as an NHS trust, is keyed by all of
/// them, each body under one name: see <see cref="PartnerBodyNames"/>). Then <see cref="ArrangementMerger"/> joins a
/// document naming some of an arrangement's councils to it, and one arrangement filed under two services; and
/// <see cref="ArrangementBuilder"/> reads each group's partners, roles, vehicle, start year, status and savings.
/// </summary>
internal static class ArrangementGrouper
{
    public static List<Partnership> Group(IEnumerable<DocumentFacts> documents, CouncilGazetteer gazetteer)
    {
        var all = documents.ToList();
        var bodies = new PartnerBodyNames(gazetteer, all.SelectMany(d => d.Partners));
        var groups = new Dictionary<string, DocumentGroup>(StringComparer.Ordinal);
        foreach (var document in all.Select(d => d with { Partners = [.. d.Partners.Select(bodies.Canonical).Distinct(StringComparer.OrdinalIgnoreCase)] }))
        {
            var (members, byCouncils) = KeyOf(document);
            if (members.Count < 2 || document.Categories.Count == 0)
            {
                continue;
            }

            var group = new DocumentGroup(document.Categories[0], members, byCouncils);
            if (!groups.TryGetValue(group.Key, out var known))
            {
                groups[group.Key] = known = group;
            }

            known.Documents.Add(document);
        }

        return [.. ArrangementMerger.Merge([.. groups.Values], gazetteer)
            .Select(g => ArrangementBuilder.Build(g, gazetteer))
            .OrderBy(p => p.Category, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>The partners that key a document's arrangement, sorted: its councils when it names two or more, else its
    /// council and other public bodies; and whether councils key it.</summary>
    public static (List<string> Partners, bool ByCouncils) KeyOf(DocumentFacts document)
    {
        var councils = Sorted(document.Councils);
        return councils.Count >= 2 ? (councils, true) : (Sorted(document.Councils.Concat(document.Partners)), false);
    }

    private static List<string> Sorted(IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
