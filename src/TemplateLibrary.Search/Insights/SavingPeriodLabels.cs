using TemplateLibrary.Core.Partnerships;

namespace TemplateLibrary.Search.Insights;

/// <summary>How the insights page and the CLI name a reported figure's period.</summary>
public static class SavingPeriodLabels
{
    /// <summary>"Annual", "One-off", "Over several years" or "Period not stated".</summary>
    public static string Of(string period) => period switch
    {
        SavingPeriods.Annual => "Annual",
        SavingPeriods.OneOff => "One-off",
        SavingPeriods.Total => "Over several years",
        _ => "Period not stated",
    };
}
