using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A statutory power the tagger recognises in citations, with what it says about the delivery model.</summary>
public sealed class StatutoryPower
{
    private readonly IReadOnlyList<TieredRegex> patterns;

    internal StatutoryPower(
        string id,
        string label,
        string? act,
        string? provision,
        bool bareCitationAllowed,
        IReadOnlyList<TieredRegex> patterns,
        IReadOnlyList<PowerModelEvidence> models)
    {
        Id = id;
        Label = label;
        Act = act;
        Provision = provision;
        BareCitationAllowed = bareCitationAllowed;
        this.patterns = patterns;
        Models = models;
    }

    /// <summary>The stable id, e.g. <c>lga1972-s101</c>.</summary>
    public string Id { get; }

    /// <summary>The display label, e.g. <c>s101 LGA 1972</c>.</summary>
    public string Label { get; }

    /// <summary>The act id whose provision this is, when it is cited as "section N of the Act".</summary>
    public string? Act { get; }

    /// <summary>The provision within the act: "101", "9EB", "reg 12", "sch 2".</summary>
    public string? Provision { get; }

    /// <summary>Whether a citation of the provision without naming the act ("s113") counts.</summary>
    public bool BareCitationAllowed { get; }

    /// <summary>The delivery models a citation is evidence for.</summary>
    public IReadOnlyList<PowerModelEvidence> Models { get; }

    /// <summary>Whole-name patterns ("general power of competence", "TUPE").</summary>
    internal IEnumerable<Regex> Patterns => patterns.Select(p => p.Current);
}
