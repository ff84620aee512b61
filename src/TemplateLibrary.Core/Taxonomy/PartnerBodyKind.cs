namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A kind of public body other than a principal council, recognised by the words that end its name.</summary>
/// <param name="Id">The kind id (<c>nhs-trust</c>, <c>police</c>, <c>parish-council</c>, ...).</param>
/// <param name="Label">A human label.</param>
/// <param name="Endings">The endings of such bodies' names ("NHS Foundation Trust", "Town Council").</param>
public sealed record PartnerBodyKind(string Id, string Label, IReadOnlyList<string> Endings);
