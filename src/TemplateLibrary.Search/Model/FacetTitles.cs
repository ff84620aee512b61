using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Search.Model;

/// <summary>The human names of the facets.</summary>
public static class FacetTitles
{
    /// <summary>The heading for a facet.</summary>
    public static string Of(string facet) => facet switch
    {
        FacetNames.Category => "Service category",
        FacetNames.Model => "Delivery model",
        FacetNames.Type => "Document type",
        FacetNames.Power => "Statutory power",
        FacetNames.Council => "Council",
        FacetNames.Partner => "Partner body",
        FacetNames.Year => "Year",
        _ => facet,
    };
}
