namespace TemplateLibrary.Search.Partnerships;

/// <summary>A partner's role in an arrangement, as its agreements state it.</summary>
public static class PartnershipRoles
{
    /// <summary>The host authority (or the employing council) that runs the service for the others.</summary>
    public const string Host = "host";

    /// <summary>The lead authority that discharges the others' functions.</summary>
    public const string Lead = "lead";

    /// <summary>A shareholder of the company that delivers the service.</summary>
    public const string Shareholder = "shareholder";

    /// <summary>A partner without a more particular role.</summary>
    public const string Partner = "partner";

    /// <summary>Every role, the strongest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Host, Lead, Shareholder, Partner];
}
