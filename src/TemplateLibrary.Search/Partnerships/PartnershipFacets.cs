namespace TemplateLibrary.Search.Partnerships;

/// <summary>The directory's facet names and the values of the computed ones.</summary>
public static class PartnershipFacets
{
    /// <summary>Service category.</summary>
    public const string Category = "category";

    /// <summary>Delivery vehicle.</summary>
    public const string Model = "model";

    /// <summary>Region of a partner council.</summary>
    public const string Region = "region";

    /// <summary>Number of partners, bucketed.</summary>
    public const string Partners = "partners";

    /// <summary>Start year.</summary>
    public const string Year = "year";

    /// <summary>Status.</summary>
    public const string Status = "status";

    /// <summary>The status value of an arrangement no document gives a state.</summary>
    public const string UnknownStatus = "unknown";

    /// <summary>Every facet, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Category, Model, Region, Partners, Year, Status];

    /// <summary>The partners bucket of a number of partners: "2", "3", "4" or "5+".</summary>
    public static string PartnerBucket(int count) => count >= 5 ? "5+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
