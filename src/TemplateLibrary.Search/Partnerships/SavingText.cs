using System.Globalization;

namespace TemplateLibrary.Search.Partnerships;

/// <summary>A reported saving or cost in words: "saving £250,000 a year (14%), planned".</summary>
public static class SavingText
{
    /// <summary>The figure, its period and stage, as a page or a terminal shows it.</summary>
    public static string Of(ReportedSaving saving)
    {
        ArgumentNullException.ThrowIfNull(saving);
        var figure = saving.Amount is { } amount
            ? Money(amount) + (saving.UpTo is { } top ? " to " + Money(top) : string.Empty) + (saving.Percent is { } share ? $" ({Percent(share)})" : string.Empty)
            : saving.Percent is { } percent ? Percent(percent) + (saving.UpTo is { } upper ? " to " + Percent(upper) : string.Empty) : "?";
        var period = saving.Period switch
        {
            "annual" => " a year",
            "total" => " in total",
            "one-off" => " one-off",
            _ => string.Empty,
        };
        return $"{saving.Kind} {figure}{period}, {saving.Stage}";
    }

    /// <summary>"£1.2m", "£350,000".</summary>
    public static string Money(decimal amount) => amount >= 1_000_000m
        ? "£" + (amount / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "m"
        : "£" + amount.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
