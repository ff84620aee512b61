using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>A document with the tags a person gave it, for measuring the tagger.</summary>
/// <param name="Name">The file name or path, for reports.</param>
/// <param name="Input">What the tagger reads.</param>
/// <param name="Category">The expected primary category id, or null when not labelled.</param>
/// <param name="Model">The expected delivery model id, or null when not labelled.</param>
/// <param name="Type">The expected document type id, or null when not labelled.</param>
/// <param name="Powers">The expected power ids, or null when powers were not labelled.</param>
/// <param name="Councils">The expected council names, or null when councils were not labelled.</param>
/// <param name="Split">"tune" or "blind" where the set keeps a blind part; null otherwise.</param>
internal sealed record LabelledDocument(
    string Name,
    TaggingInput Input,
    string? Category,
    string? Model,
    string? Type,
    IReadOnlyList<string>? Powers,
    IReadOnlyList<string>? Councils = null,
    string? Split = null);
