namespace TemplateLibrary.Core.Agreements;

/// <summary>Where a fact was read: the words as written and the clause they are in.</summary>
/// <param name="Text">The words the fact was read from.</param>
/// <param name="Where">The clause ("clause 2.1", "Schedule 3", "Background") or "front" for the title page and parties.</param>
public sealed record FactEvidence(string Text, string Where);
