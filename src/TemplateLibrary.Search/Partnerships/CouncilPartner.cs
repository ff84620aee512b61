namespace TemplateLibrary.Search.Partnerships;

/// <summary>A partner of a council and how many arrangements they share.</summary>
/// <param name="Name">The partner's name.</param>
/// <param name="Shared">The number of arrangements they are both in.</param>
public sealed record CouncilPartner(string Name, int Shared);
