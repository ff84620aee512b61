using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>The partners' roles in an arrangement: the strongest role each is given by any of its agreements' parties;
/// when no agreement names a host or lead, the partner council the documents' prose most often names host or lead
/// ("hosted by Brackenford", "Eastwold as lead authority").</summary>
internal static class ArrangementRoles
{
    public static Dictionary<string, string> Of(IReadOnlyList<DocumentFacts> documents, IReadOnlyList<string> councils, CouncilGazetteer gazetteer)
    {
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var party in documents.SelectMany(d => d.Parties))
        {
            var role = party.Role switch
            {
                PartyRoles.Host or PartyRoles.Employing => PartnershipRoles.Host,
                PartyRoles.Lead => PartnershipRoles.Lead,
                PartyRoles.Shareholder => PartnershipRoles.Shareholder,
                _ => PartnershipRoles.Partner,
            };
            if (!roles.TryGetValue(party.Name, out var known) || Rank(role) < Rank(known))
            {
                roles[party.Name] = role;
            }
        }

        if (roles.Values.Any(r => r is PartnershipRoles.Host or PartnershipRoles.Lead))
        {
            return roles;
        }

        var stated = documents
            .SelectMany(d => d.StatedRoles.Select(r => (Council: Resolve(r.Name, councils, gazetteer), r.Role)).Where(r => r.Council is not null).Distinct())
            .GroupBy(r => r.Council!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Council: g.Key, Votes: g.Count(), Role: g.Any(r => r.Role == PartnershipRoles.Host) ? PartnershipRoles.Host : PartnershipRoles.Lead))
            .OrderByDescending(s => s.Votes)
            .ToList();
        // Two councils named equally often: the documents disagree (or describe options), so neither is chosen.
        if (stated.Count > 0 && (stated.Count == 1 || stated[0].Votes > stated[1].Votes))
        {
            roles[stated[0].Council] = stated[0].Role;
        }

        return roles;
    }

    /// <summary>The council a name in prose stands for among the arrangement's councils ("Brackenford" for Brackenford
    /// District Council, "Thamesreach" for London Borough of Thamesreach), or null.</summary>
    public static string? Resolve(string name, IReadOnlyList<string> councils, CouncilGazetteer gazetteer)
    {
        var known = gazetteer.Find(name)?.Name;
        return councils.FirstOrDefault(c =>
            string.Equals(c, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c, known, StringComparison.OrdinalIgnoreCase)
            || c.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)
            || c.EndsWith(" of " + name, StringComparison.OrdinalIgnoreCase));
    }

    private static int Rank(string role) => role switch
    {
        PartnershipRoles.Host => 0,
        PartnershipRoles.Lead => 1,
        PartnershipRoles.Shareholder => 2,
        _ => 3,
    };
}
