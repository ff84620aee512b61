using System.Text.Json.Serialization;

namespace TemplateLibrary.Core.Clauses;

/// <summary>What a segment of an agreement is: front matter, a section, a part, a clause, a schedule or a child of one.</summary>
[JsonConverter(typeof(ClauseFormJsonConverter))]
public enum ClauseForm
{
    /// <summary>The text before the first clause or section: title, date and parties.</summary>
    Front,

    /// <summary>An unnumbered section such as Background, Recitals or Execution.</summary>
    Section,

    /// <summary>A part grouping clauses ("Part 2: The Joint Committee") or the paragraphs of a schedule.</summary>
    Part,

    /// <summary>A numbered clause, article or standing order at the top level of the agreement.</summary>
    Clause,

    /// <summary>A schedule, appendix or annex.</summary>
    Schedule,

    /// <summary>A numbered subclause ("12.1") or a numbered paragraph of a schedule.</summary>
    Subclause,

    /// <summary>A lettered or roman item ("(a)", "(iv)") of a clause or subclause.</summary>
    Item,
}
