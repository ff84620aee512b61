using TemplateLibrary.Search;
using TemplateLibrary.Search.Insights;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Insights;

/// <summary>Maps the insights page and its JSON.</summary>
internal static class InsightsEndpoints
{
    /// <summary>Adds /insights and /api/insights.</summary>
    public static void MapInsights(this IEndpointRouteBuilder app)
    {
        app.MapGet(InsightsPage.Path, (LibraryIndex index) => PageEndpoints.Html(InsightsPage.Render(InsightsCalculator.Of(index.Partnerships))));
        app.MapGet("/api/insights", (LibraryIndex index) => Results.Json(InsightsCalculator.Of(index.Partnerships)));
    }
}
