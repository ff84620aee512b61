using System.Security.Cryptography;
using System.Text;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>Makes an arrangement of a group of documents: its vehicle is the delivery model most of its documents carry
/// (agreements count double), its partners' roles come from <see cref="ArrangementRoles"/>, its start year from an
/// agreement's commencement (else the earliest agreement, else the earliest document), its status from the strongest
/// state a document states.</summary>
internal static class ArrangementBuilder
{
    private static readonly HashSet<string> AgreementTypes = new(["legal-agreement", "mou", "terms-of-reference"], StringComparer.Ordinal);

    public static bool IsAgreement(DocumentFacts document) => document.Type is { } type && AgreementTypes.Contains(type);

    public static Partnership Build(DocumentGroup group, CouncilGazetteer gazetteer)
    {
        var documents = group.Documents;
        var names = group.Partners.Concat(documents.SelectMany(d => d.Partners)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        documents.Sort((a, b) => (a.Year ?? int.MaxValue).CompareTo(b.Year ?? int.MaxValue) is var byYear and not 0 ? byYear : string.CompareOrdinal(a.Id, b.Id));
        var councils = documents.SelectMany(d => d.Councils).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roles = ArrangementRoles.Of(documents, [.. names.Where(councils.Contains)], gazetteer);
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
            Id = group.Category + "-" + Hash(group.Partners),
            Category = group.Category,
            Categories = [.. documents.SelectMany(d => d.Categories).Distinct(StringComparer.Ordinal).OrderBy(c => c == group.Category ? 0 : 1)],
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

    /// <summary>The delivery model most of the documents carry, agreements counting double; null when none says.</summary>
    public static string? Vehicle(IEnumerable<DocumentFacts> documents) => documents
        .SelectMany(d => d.Models.Take(1).Select(m => (Model: m, Weight: IsAgreement(d) ? 2 : 1)))
        .GroupBy(m => m.Model, StringComparer.Ordinal)
        .OrderByDescending(g => g.Sum(m => m.Weight))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static int? StartYear(List<DocumentFacts> documents)
    {
        var commenced = documents.Where(d => d.Commencement is not null).Select(d => (int?)d.Commencement!.Date.Year).Min();
        return commenced
            ?? documents.Where(IsAgreement).Select(d => d.Year).Min()
            ?? documents.Select(d => d.Year).Min();
    }

    private static string Hash(IEnumerable<string> names) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', names).ToUpperInvariant())))[..10];
}
