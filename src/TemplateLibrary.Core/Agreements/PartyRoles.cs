namespace TemplateLibrary.Core.Agreements;

/// <summary>The roles a party can have, strongest first when the text gives a party several.</summary>
public static class PartyRoles
{
    /// <summary>The host authority that runs the shared service for the others.</summary>
    public const string Host = "host";

    /// <summary>The lead authority (or lead commissioner) that discharges functions for the others.</summary>
    public const string Lead = "lead";

    /// <summary>The council that employs the shared or seconded staff.</summary>
    public const string Employing = "employing";

    /// <summary>A company owned by the councils (or the company side of a services agreement).</summary>
    public const string Company = "company";

    /// <summary>The party that provides the services.</summary>
    public const string Provider = "provider";

    /// <summary>The party that buys or commissions the services.</summary>
    public const string Purchaser = "purchaser";

    /// <summary>A shareholder of a company.</summary>
    public const string Shareholder = "shareholder";

    /// <summary>A partner council (or other body) without a more particular role.</summary>
    public const string Partner = "partner";

    /// <summary>Every role, strongest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Host, Lead, Employing, Company, Provider, Purchaser, Shareholder, Partner];
}
