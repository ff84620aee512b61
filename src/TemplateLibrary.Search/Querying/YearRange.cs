namespace TemplateLibrary.Search.Querying;

/// <summary>An inclusive range of years; either end may be open.</summary>
/// <param name="From">The first year, or null.</param>
/// <param name="To">The last year, or null.</param>
internal sealed record YearRange(int? From, int? To)
{
    /// <summary>The smallest year accepted.</summary>
    public const int Min = 1000;

    /// <summary>The largest year accepted.</summary>
    public const int Max = 9999;

    /// <summary>True when the range holds exactly one year.</summary>
    public bool IsSingle => From is not null && From == To;
}
