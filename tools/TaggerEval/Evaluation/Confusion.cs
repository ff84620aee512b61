namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>One kind of mistake: documents labelled <paramref name="Expected"/> that the tagger called <paramref name="Predicted"/>.</summary>
/// <param name="Facet">The facet.</param>
/// <param name="Expected">The label.</param>
/// <param name="Predicted">The tagger's choice, or "unknown".</param>
/// <param name="Count">How many documents.</param>
/// <param name="Examples">Up to three document names.</param>
internal sealed record Confusion(string Facet, string Expected, string Predicted, int Count, IReadOnlyList<string> Examples);
