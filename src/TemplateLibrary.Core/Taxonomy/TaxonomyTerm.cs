namespace TemplateLibrary.Core.Taxonomy;

/// <summary>One value of a controlled vocabulary: a stable id, its label, other names and its cues.</summary>
/// <param name="Id">The stable id used in tags, filters and the manifest.</param>
/// <param name="Label">The display label.</param>
/// <param name="Synonyms">Other names a librarian may type for this term.</param>
/// <param name="Cues">The weighted phrases and patterns the tagger looks for.</param>
public sealed record TaxonomyTerm(string Id, string Label, IReadOnlyList<string> Synonyms, IReadOnlyList<TaxonomyCue> Cues);
