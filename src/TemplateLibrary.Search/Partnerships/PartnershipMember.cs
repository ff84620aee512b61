namespace TemplateLibrary.Search.Partnerships;

/// <summary>A partner in an arrangement.</summary>
/// <param name="Name">The council's or body's name as tagged.</param>
/// <param name="Role">One of <see cref="PartnershipRoles"/>.</param>
/// <param name="IsCouncil">True for a council (tagged as one), false for another public body.</param>
/// <param name="Region">The council's region id, when the gazetteer knows it.</param>
public sealed record PartnershipMember(string Name, string Role, bool IsCouncil, string? Region);
