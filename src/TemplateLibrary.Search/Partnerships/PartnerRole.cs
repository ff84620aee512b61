namespace TemplateLibrary.Search.Partnerships;

/// <summary>A partner's name and role, as a librarian sets them.</summary>
/// <param name="Name">The council's or body's name.</param>
/// <param name="Role">One of <see cref="PartnershipRoles"/>.</param>
public sealed record PartnerRole(string Name, string Role);
