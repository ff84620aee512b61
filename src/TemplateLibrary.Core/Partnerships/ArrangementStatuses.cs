namespace TemplateLibrary.Core.Partnerships;

/// <summary>The states of an arrangement a document can state, weakest first.</summary>
public static class ArrangementStatuses
{
    /// <summary>Proposed: a business case or report recommends setting it up.</summary>
    public const string Proposed = "proposed";

    /// <summary>Running: it went live, has operated since, was set up in a year.</summary>
    public const string Operational = "operational";

    /// <summary>Ended: dissolved, wound up, the service returned in-house.</summary>
    public const string Dissolved = "dissolved";

    /// <summary>Every state, weakest first: a later document's stronger state wins.</summary>
    public static IReadOnlyList<string> All { get; } = [Proposed, Operational, Dissolved];
}
