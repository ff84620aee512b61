namespace TemplateLibrary.Search.Analysis;

/// <summary>One token the analyzer made of a text.</summary>
/// <param name="Term">The indexed form (lower case, folded, stemmed where the field stems).</param>
/// <param name="Position">The token's position; a stop word leaves a gap.</param>
/// <param name="Start">Where the token starts in the text.</param>
/// <param name="End">Where the token ends in the text.</param>
/// <param name="IsCitation">True for a statutory citation unit ("s113", "s101(5)").</param>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, bool IsCitation);
