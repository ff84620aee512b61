namespace TemplateLibrary.Core.Taxonomy;

/// <summary>How much citing a statutory power counts towards a delivery model.</summary>
/// <param name="Model">The delivery model id.</param>
/// <param name="Weight">The evidence weight of one citation.</param>
/// <param name="Subsection">When set, only citations of this subsection count, e.g. "(5)" or "(1)(b)".</param>
public sealed record PowerModelEvidence(string Model, double Weight, string? Subsection);
