namespace TemplateLibrary.Core.Agreements;

/// <summary>A party to the agreement and its role.</summary>
/// <param name="Name">The party's name, normalised ("Brackenford District Council", "Civitas Revenue Services Limited").</param>
/// <param name="Role">One of <see cref="PartyRoles"/>.</param>
/// <param name="Evidence">The party's entry and the words that gave its role.</param>
public sealed record AgreementParty(string Name, string Role, FactEvidence Evidence);
