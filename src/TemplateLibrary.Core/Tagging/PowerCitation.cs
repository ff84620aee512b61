using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>One citation of a statutory power found in a zone.</summary>
/// <param name="Power">The power cited.</param>
/// <param name="Text">The citation as written.</param>
/// <param name="Subsection">The subsection cited, normalised like "(5)" or "(1)(b)"; empty when none.</param>
/// <param name="Zone">The zone it was found in.</param>
internal sealed record PowerCitation(StatutoryPower Power, string Text, string Subsection, TextZone Zone);
