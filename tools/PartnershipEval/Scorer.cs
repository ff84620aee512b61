using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Tools.PartnershipEval;

/// <summary>Matches each label to the derived arrangement holding most of its documents and scores it.</summary>
internal sealed class Scorer
{
    private readonly IReadOnlyList<Partnership> arrangements;
    private readonly Dictionary<string, string> labelOfDocument;

    /// <param name="arrangements">The directory's arrangements.</param>
    /// <param name="labels">Every label (both splits), to tell a merge of two labels from a right grouping.</param>
    /// <param name="documentIds">Each labelled manifest path's document id.</param>
    public Scorer(IReadOnlyList<Partnership> arrangements, IReadOnlyList<PartnershipLabel> labels, IReadOnlyDictionary<string, string> documentIds)
    {
        this.arrangements = arrangements;
        DocumentIds = documentIds;
        labelOfDocument = labels
            .SelectMany(l => l.Documents.Where(documentIds.ContainsKey).Select(d => (Id: documentIds[d], Label: l.Id)))
            .ToDictionary(p => p.Id, p => p.Label, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> DocumentIds { get; }

    public LabelOutcome Score(PartnershipLabel label)
    {
        var ids = label.Documents.Where(DocumentIds.ContainsKey).Select(d => DocumentIds[d]).ToHashSet(StringComparer.Ordinal);
        var best = arrangements
            .Select(a => (Arrangement: a, Held: a.Documents.Count(d => ids.Contains(d.Id))))
            .Where(a => a.Held > 0)
            .OrderByDescending(a => a.Held)
            .ThenBy(a => a.Arrangement.Id, StringComparer.Ordinal)
            .Select(a => a.Arrangement)
            .FirstOrDefault();
        if (best is null)
        {
            return new LabelOutcome(label, null, false, false, false, label.Lead is null ? null : false);
        }

        var councils = best.Members.Where(m => m.IsCouncil).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var partnersRight = councils.SetEquals(label.Councils) && (!label.HasBodies || best.Members.Any(m => !m.IsCouncil));
        var documentsRight = ids.Count == label.Documents.Count
            && ids.All(id => best.Documents.Any(d => d.Id == id))
            && best.Documents.All(d => !labelOfDocument.TryGetValue(d.Id, out var other) || other == label.Id);
        bool? leadRight = label.Lead is null ? null
            : best.Members.Any(m => string.Equals(m.Name, label.Lead, StringComparison.OrdinalIgnoreCase)
                && m.Role is PartnershipRoles.Host or PartnershipRoles.Lead);
        return new LabelOutcome(label, best, partnersRight, documentsRight, string.Equals(best.Model, label.Vehicle, StringComparison.Ordinal), leadRight);
    }

    /// <summary>Arrangements that are no label's best match: fragments of a labelled arrangement, or arrangements of
    /// documents no label describes.</summary>
    public IReadOnlyList<Partnership> Unmatched(IEnumerable<LabelOutcome> outcomes)
    {
        var matched = outcomes.Where(o => o.Best is not null).Select(o => o.Best!.Id).ToHashSet(StringComparer.Ordinal);
        return [.. arrangements.Where(a => !matched.Contains(a.Id))];
    }

    /// <summary>True when some document of the arrangement is labelled in the split.</summary>
    public bool Holds(Partnership arrangement, IReadOnlySet<string> labelIds) =>
        arrangement.Documents.Any(d => labelOfDocument.TryGetValue(d.Id, out var label) && labelIds.Contains(label));
}
