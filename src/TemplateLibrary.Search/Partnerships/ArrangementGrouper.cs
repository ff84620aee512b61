using System.Security.Cryptography;
using System.Text;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>
/// Groups documents into arrangements: documents naming the same set of at least two councils about the same main service
/// are one arrangement (a document naming one council and other public bodies, such as an NHS trust, is keyed by all of
/// them; the tagger writes such bodies in several forms, so they do not split councils' arrangements). Its vehicle is the delivery model most of its documents
/// carry (agreements count double), its partners' roles come from its agreements' parties, its start year from an
/// agreement's commencement (else the earliest agreement, else the earliest document), its status from the strongest
/// state a document states.
/// </summary>
internal static class ArrangementGrouper
{
    private static readonly HashSet<string> AgreementTypes = new(["legal-agreement", "mou", "terms-of-reference"], StringComparer.Ordinal);

    public static List<Partnership> Group(IEnumerable<DocumentFacts> documents, CouncilGazetteer gazetteer)
    {
        var groups = new Dictionary<string, List<DocumentFacts>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var members = KeyOf(document);
            if (members.Count < 2 || document.Categories.Count == 0)
            {
                continue;
            }

            var key = document.Categories[0] + "\n" + string.Join('\n', members);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(document);
        }

        return [.. groups.Select(g => Build(g.Key, g.Value, gazetteer)).OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    /// <summary>The partners that key a document's arrangement, sorted: its councils when it names two or more, else its
    /// council and other public bodies.</summary>
    public static List<string> KeyOf(DocumentFacts document)
    {
        var councils = Sorted(document.Councils);
        return councils.Count >= 2 ? councils : Sorted(document.Councils.Concat(document.Partners));
    }

    private static List<string> Sorted(IEnumerable<string> names) =>
        [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    private static Partnership Build(string key, List<DocumentFacts> documents, CouncilGazetteer gazetteer)
    {
        var parts = key.Split('\n');
        var category = parts[0];
        var names = parts[1..].Concat(documents.SelectMany(d => d.Partners)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        documents.Sort((a, b) => (a.Year ?? int.MaxValue).CompareTo(b.Year ?? int.MaxValue) is var byYear and not 0 ? byYear : string.CompareOrdinal(a.Id, b.Id));
        var roles = Roles(documents);
        var councils = documents.SelectMany(d => d.Councils).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var members = names
            .Select(n => (Name: n, Council: gazetteer.Find(n)))
            .Select(m => new PartnershipMember(m.Name, roles.GetValueOrDefault(m.Name, PartnershipRoles.Partner), councils.Contains(m.Name), m.Council?.Region))
            .OrderBy(m => m.IsCouncil ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        var status = documents
            .Where(d => d.Status is not null)
            .OrderByDescending(d => ArrangementStatuses.All.ToList().IndexOf(d.Status!.Status))
            .Select(d => d.Status)
            .FirstOrDefault();
        return new Partnership
        {
            Id = category + "-" + Hash(parts[1..]),
            Category = category,
            Categories = [.. documents.SelectMany(d => d.Categories).Distinct(StringComparer.Ordinal).OrderBy(c => c == category ? 0 : 1)],
            Model = Vehicle(documents),
            StartYear = StartYear(documents),
            Status = status?.Status,
            StatusEvidence = status?.Evidence,
            Regions = [.. members.Where(m => m.Region is not null).Select(m => m.Region!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Members = members,
            Documents = [.. documents.Select(d => new PartnershipDocument(d.Id, d.Title, d.Type, d.Year))],
            Savings = [.. documents
                .SelectMany(d => d.Savings.Select(s => new ReportedSaving(d.Id, s.Kind, s.Amount, s.Percent, s.UpTo, s.Period, s.Stage, s.Evidence)))
                .DistinctBy(s => (s.Kind, s.Amount, s.Percent, s.Period, s.Stage))],
        };
    }

    // The strongest role each partner is given by any agreement of the arrangement.
    private static Dictionary<string, string> Roles(List<DocumentFacts> documents)
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

        return roles;
    }

    private static int Rank(string role) => role switch
    {
        PartnershipRoles.Host => 0,
        PartnershipRoles.Lead => 1,
        PartnershipRoles.Shareholder => 2,
        _ => 3,
    };

    private static string? Vehicle(List<DocumentFacts> documents) => documents
        .SelectMany(d => d.Models.Take(1).Select(m => (Model: m, Weight: d.Type is { } type && AgreementTypes.Contains(type) ? 2 : 1)))
        .GroupBy(m => m.Model, StringComparer.Ordinal)
        .OrderByDescending(g => g.Sum(m => m.Weight))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static int? StartYear(List<DocumentFacts> documents)
    {
        var commenced = documents.Where(d => d.Commencement is not null).Select(d => (int?)d.Commencement!.Date.Year).Min();
        return commenced
            ?? documents.Where(d => d.Type is { } type && AgreementTypes.Contains(type)).Select(d => d.Year).Min()
            ?? documents.Select(d => d.Year).Min();
    }

    private static string Hash(IEnumerable<string> names) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', names).ToUpperInvariant())))[..10];
}
