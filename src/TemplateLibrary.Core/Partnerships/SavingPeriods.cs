namespace TemplateLibrary.Core.Partnerships;

/// <summary>The period a reported figure covers.</summary>
public static class SavingPeriods
{
    /// <summary>Every year ("a year", "per annum", "recurring").</summary>
    public const string Annual = "annual";

    /// <summary>Once (set-up and other one-off costs).</summary>
    public const string OneOff = "one-off";

    /// <summary>Over several years or cumulatively ("over five years", "to date").</summary>
    public const string Total = "total";

    /// <summary>The text does not say.</summary>
    public const string Unknown = "unknown";
}
