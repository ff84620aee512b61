namespace TemplateLibrary.Core.Tagging;

/// <summary>A public body other than a principal council named in the document (an NHS trust, a police force, a parish council).</summary>
/// <param name="Name">The body's name as written (spacing normalised).</param>
/// <param name="Kind">The partner body kind id from the gazetteer (<c>nhs-trust</c>, <c>police</c>, <c>parish-council</c>, ...).</param>
/// <param name="Evidence">The mentions, where and how often.</param>
public sealed record PartnerBodyMatch(string Name, string Kind, IReadOnlyList<TagEvidence> Evidence);
