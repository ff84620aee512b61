namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A kind of statutory citation: the words that introduce it and the short unit it is indexed as.</summary>
/// <param name="Unit">The unit's prefix: "s" makes "section 113" the unit "s113".</param>
/// <param name="Words">The words that introduce a number ("s", "section", "sections"); a full stop after one is allowed.</param>
public sealed record CitationUnit(string Unit, IReadOnlyList<string> Words);
