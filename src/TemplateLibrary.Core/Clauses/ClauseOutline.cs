namespace TemplateLibrary.Core.Clauses;

/// <summary>The clauses an outline of an agreement lists: its top-level clauses, sections and schedules and their numbered parts.</summary>
public static class ClauseOutline
{
    /// <summary>The most entries an outline lists; a longer agreement's outline stops there.</summary>
    public const int Limit = 300;

    /// <summary>The outline's entries in document order: segments at depth 0 and 1 other than lettered items, at most <see cref="Limit"/>.</summary>
    public static IReadOnlyList<Clause> Entries(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        return [.. clauses.Where(c => c.Form != ClauseForm.Item && c.Depth <= 1).Take(Limit)];
    }
}
