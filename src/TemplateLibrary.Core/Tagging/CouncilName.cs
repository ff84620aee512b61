using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>One council mention: the name to tag, the gazetteer entry when known, and the words as written.</summary>
internal sealed record CouncilName(string Name, GazetteerCouncil? Council, string Written);
