namespace TemplateLibrary.Core.Tagging;

/// <summary>Evidence for a term from outside its own cues, such as a statutory citation pointing at a delivery model.</summary>
internal sealed record ExtraHit(string TermId, string Phrase, string Zone, double ZoneWeight, double Weight);
