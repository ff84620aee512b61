namespace TemplateLibrary.Core.Clauses;

/// <summary>Nesting ranks: a new segment closes the open segments whose rank is the same or higher.</summary>
internal static class Ranks
{
    /// <summary>Schedules, parts that group clauses, and sections above the clause headings ("RECITALS" over "1. Definitions").</summary>
    public const int Container = 10;

    /// <summary>Clauses, articles and sections at the clause level; parts inside a schedule.</summary>
    public const int Clause = 20;

    /// <summary>An unnumbered heading below the clause headings.</summary>
    public const int SubHeading = 25;

    /// <summary>A first-level subclause ("12.1") or a schedule paragraph ("1."); each further level adds <see cref="Step"/>.</summary>
    public const int Subclause = 30;

    /// <summary>The rank added for each further level of a decimal number.</summary>
    public const int Step = 10;

    /// <summary>Lettered items ("(a)").</summary>
    public const int Item = 90;

    /// <summary>Roman items under lettered ones ("(iv)").</summary>
    public const int SubItem = 95;

    /// <summary>The front matter, closed by whatever comes first.</summary>
    public const int Front = 1000;
}
