using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Audit;
using TemplateLibrary.Web.Librarian;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>A librarian's corrections and merges of the directory's arrangements, each recorded in the audit trail with
/// the values before and after; the one implementation behind `templib arrangement` and the arrangement page's forms.
/// They are kept in the catalogue and applied again whenever the arrangements are derived anew.</summary>
public sealed class ArrangementCorrection(LibraryIndex index, AuditLog audit, Taxonomy taxonomy)
{
    private readonly TaxonomyVocabulary vocabulary = new(taxonomy);

    /// <summary>Reads a correction from text: partners as "Name" or "Name = role" (one each), vehicle and service as a
    /// taxonomy id, label or synonym, a status, a year; blank values leave those fields as they are.</summary>
    /// <exception cref="CorrectionException">A value is not one of its field's, or nothing is given.</exception>
    public PartnershipEdit Resolve(IReadOnlyList<string>? partners, string? model, string? category, string? status, string? startYear)
    {
        var members = partners?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Partner).ToList();
        var edit = new PartnershipEdit
        {
            Members = members is { Count: > 0 } ? members : null,
            Model = Blank(model) ? null : Term(FacetNames.Model, model!),
            Category = Blank(category) ? null : Term(FacetNames.Category, category!),
            Status = Blank(status) ? null
                : ArrangementStatuses.All.FirstOrDefault(s => string.Equals(s, status!.Trim(), StringComparison.OrdinalIgnoreCase))
                  ?? throw new CorrectionException($"status '{status}' is not one of {string.Join(", ", ArrangementStatuses.All)}"),
            StartYear = Blank(startYear) ? null
                : int.TryParse(startYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                    ? year
                    : throw new CorrectionException($"start year '{startYear}' is not a year between 1900 and 2100"),
        };
        return edit.IsEmpty ? throw new CorrectionException("say what to correct: partners, vehicle, service, status or start year") : edit;
    }

    /// <summary>Corrects the arrangement for <paramref name="user"/>; returns it as it was.</summary>
    /// <exception cref="TemplateLibrary.Core.Errors.ArrangementNotFoundException">No arrangement has the id.</exception>
    public Partnership Correct(string id, PartnershipEdit edit, string user)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var before = index.Partnerships.Correct(id, edit);
        audit.Record(user, AuditActions.ArrangementCorrect, id, Describe(before), Describe(edit));
        return before;
    }

    /// <summary>Merges the arrangement <paramref name="otherId"/> into <paramref name="id"/> for <paramref name="user"/>.</summary>
    /// <exception cref="TemplateLibrary.Core.Errors.ArrangementNotFoundException">Either id is unknown.</exception>
    /// <exception cref="CorrectionException">The two are the same arrangement.</exception>
    public void Merge(string id, string otherId, string user)
    {
        if (string.Equals(id, otherId, StringComparison.Ordinal))
        {
            throw new CorrectionException("choose another arrangement to merge into this one");
        }

        var (into, merged) = index.Partnerships.Merge(id, otherId);
        audit.Record(user, AuditActions.ArrangementMerge, id, $"{Describe(into)} | merged: {merged.Id} ({merged.Name})", $"documents: {into.Documents.Count + merged.Documents.Count}");
    }

    private PartnerRole Partner(string line)
    {
        var equals = line.LastIndexOf('=');
        var name = (equals < 0 ? line : line[..equals]).Trim();
        var role = equals < 0 ? PartnershipRoles.Partner : line[(equals + 1)..].Trim().ToLowerInvariant();
        if (name.Length == 0 || !PartnershipRoles.All.Contains(role))
        {
            throw new CorrectionException($"partner '{line.Trim()}': write a name, or a name = role ({string.Join(", ", PartnershipRoles.All)})");
        }

        return new PartnerRole(name, role);
    }

    private string Term(string facet, string value) => vocabulary.TryResolve(facet, value.Trim(), out var id)
        ? id
        : throw new CorrectionException($"{(facet == FacetNames.Model ? "vehicle" : "service")} '{value}' is not a known value; allowed: {string.Join(", ", vocabulary.AllowedValues(facet))}");

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string Describe(Partnership p) => string.Join(
        "; ",
        "partners: " + string.Join(", ", p.Members.Select(m => m.Role == PartnershipRoles.Partner ? m.Name : $"{m.Name} = {m.Role}")),
        "vehicle: " + (p.Model ?? "-"),
        "service: " + p.Category,
        "status: " + (p.Status ?? "-"),
        "start: " + (p.StartYear?.ToString(CultureInfo.InvariantCulture) ?? "-"));

    private static string Describe(PartnershipEdit e) => string.Join("; ", new[]
    {
        e.Members is null ? null : "partners: " + string.Join(", ", e.Members.Select(m => m.Role == PartnershipRoles.Partner ? m.Name : $"{m.Name} = {m.Role}")),
        e.Model is null ? null : "vehicle: " + e.Model,
        e.Category is null ? null : "service: " + e.Category,
        e.Status is null ? null : "status: " + e.Status,
        e.StartYear is null ? null : "start: " + e.StartYear.Value.ToString(CultureInfo.InvariantCulture),
    }.Where(s => s is not null));
}
