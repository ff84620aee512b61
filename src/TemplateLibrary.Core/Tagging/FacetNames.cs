namespace TemplateLibrary.Core.Tagging;

/// <summary>The facet names used for tags, filters and facet counts.</summary>
public static class FacetNames
{
    /// <summary>Service category.</summary>
    public const string Category = "category";

    /// <summary>Delivery model.</summary>
    public const string Model = "model";

    /// <summary>Document type.</summary>
    public const string Type = "type";

    /// <summary>Statutory power cited.</summary>
    public const string Power = "power";

    /// <summary>Council named.</summary>
    public const string Council = "council";

    /// <summary>Public body other than a principal council named (NHS trust, police, fire, combined authority, parish council, ...).</summary>
    public const string Partner = "partner";

    /// <summary>Year of the document.</summary>
    public const string Year = "year";

    /// <summary>Every facet, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Category, Model, Type, Power, Council, Partner, Year];
}
