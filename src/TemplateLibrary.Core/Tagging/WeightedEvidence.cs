namespace TemplateLibrary.Core.Tagging;

/// <summary>One cue's hits in one zone and what they added to the score.</summary>
internal sealed record WeightedEvidence(TagEvidence Evidence, double Contribution);
