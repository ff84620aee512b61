namespace TemplateLibrary.Core.Tagging;

/// <summary>One cue that fired: the phrase as it appeared, the zone it was found in, and how often.</summary>
/// <param name="Phrase">The matched text of the first hit.</param>
/// <param name="Where">The zone: title, heading, opening (start of the body) or body.</param>
/// <param name="Count">How many times the cue matched in that zone.</param>
public sealed record TagEvidence(string Phrase, string Where, int Count);
