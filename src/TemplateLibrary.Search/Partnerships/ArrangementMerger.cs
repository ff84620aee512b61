using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>Joins groups that are one arrangement: a group naming some of another's councils about the same service, with
/// the same vehicle and no other host or lead, when the larger group holds an agreement and the smaller none (an agreement
/// names its parties exactly and so sets the arrangement's partners, while a report to one council or a case study may
/// name fewer); and the same councils under the same vehicle filed under two
/// services, when the documents of one also name the other's service.</summary>
internal static class ArrangementMerger
{
    public static List<DocumentGroup> Merge(List<DocumentGroup> groups, CouncilGazetteer gazetteer)
    {
        var merged = new HashSet<DocumentGroup>();
        foreach (var small in groups.Where(g => g.KeyedByCouncils).OrderBy(g => g.Partners.Count).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            if (small.Documents.Any(ArrangementBuilder.IsAgreement))
            {
                continue;
            }

            var supersets = groups
                .Where(g => g != small && !merged.Contains(g) && g.KeyedByCouncils && g.Category == small.Category
                    && g.Documents.Any(ArrangementBuilder.IsAgreement) && g.Partners.Count > small.Partners.Count && small.Partners.All(p => g.Partners.Contains(p, StringComparer.OrdinalIgnoreCase))
                    && Compatible(small, g, gazetteer))
                .ToList();
            if (supersets.Count == 1)
            {
                Join(small, supersets[0], merged);
            }
        }

        foreach (var group in groups.Where(g => !merged.Contains(g) && g.KeyedByCouncils).OrderByDescending(g => g.Documents.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList())
        {
            if (merged.Contains(group))
            {
                continue;
            }

            var vehicle = ArrangementBuilder.Vehicle(group.Documents);
            foreach (var other in groups.Where(g => g != group && !merged.Contains(g) && g.KeyedByCouncils && g.Category != group.Category
                && g.Partners.SequenceEqual(group.Partners, StringComparer.OrdinalIgnoreCase)
                && vehicle is not null && ArrangementBuilder.Vehicle(g.Documents) == vehicle
                && (Names(g, group.Category) || Names(group, g.Category))).ToList())
            {
                Join(other, group, merged);
            }
        }

        return [.. groups.Where(g => !merged.Contains(g))];
    }

    private static bool Names(DocumentGroup group, string category) => group.Documents.Any(d => d.Categories.Contains(category, StringComparer.Ordinal));

    private static void Join(DocumentGroup from, DocumentGroup into, HashSet<DocumentGroup> merged)
    {
        into.Documents.AddRange(from.Documents);
        merged.Add(from);
    }

    private static bool Compatible(DocumentGroup small, DocumentGroup large, CouncilGazetteer gazetteer)
    {
        var (smallVehicle, largeVehicle) = (ArrangementBuilder.Vehicle(small.Documents), ArrangementBuilder.Vehicle(large.Documents));
        if (smallVehicle is not null && largeVehicle is not null && smallVehicle != largeVehicle)
        {
            return false;
        }

        var smallLead = Lead(small, gazetteer);
        var largeLead = Lead(large, gazetteer);
        return smallLead is null || largeLead is null || string.Equals(smallLead, largeLead, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Lead(DocumentGroup group, CouncilGazetteer gazetteer) =>
        ArrangementRoles.Of(group.Documents, group.Partners, gazetteer)
            .Where(r => r.Value is PartnershipRoles.Host or PartnershipRoles.Lead)
            .Select(r => r.Key)
            .FirstOrDefault();
}
