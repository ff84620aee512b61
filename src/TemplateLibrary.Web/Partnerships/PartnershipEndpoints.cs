using TemplateLibrary.Search;
using TemplateLibrary.Web.Pages;
using TemplateLibrary.Web.Partnerships.Map;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>Maps the partnerships directory, the council pages and their JSON.</summary>
internal static class PartnershipEndpoints
{
    /// <summary>Adds /partnerships, /partnerships/map, /councils/{name}, /api/partnerships, /api/partnerships/{id},
    /// /api/partnerships/councils and /api/councils/{name}.</summary>
    public static void MapPartnerships(this IEndpointRouteBuilder app)
    {
        app.MapGet(PartnershipParameters.Path, (HttpRequest request, LibraryIndex index) =>
        {
            var query = PartnershipParameters.Read(request.Query);
            return PageEndpoints.Html(PartnershipsPage.Render(query, index.Partnerships.List(query)));
        });
        app.MapGet(MapPage.Path, (HttpRequest request, LibraryIndex index) =>
        {
            var query = PartnershipParameters.Read(request.Query) with { Offset = 0 };
            return PageEndpoints.Html(MapPage.Render(query, index.Partnerships.List(query), index.Partnerships.CountByCouncil(query), MapData.Default));
        });
        app.MapGet("/api/partnerships/councils", (HttpRequest request, LibraryIndex index) => Results.Json(index.Partnerships.CountByCouncil(PartnershipParameters.Read(request.Query))));
        app.MapGet("/councils/{name}", (string name, LibraryIndex index) =>
            index.Partnerships.Council(name) is { } profile
                ? PageEndpoints.Html(CouncilPage.Render(profile))
                : PageEndpoints.Html(CouncilPage.RenderMissing(name), StatusCodes.Status404NotFound));
        app.MapGet("/api/partnerships", (HttpRequest request, LibraryIndex index) => Results.Json(index.Partnerships.List(PartnershipParameters.Read(request.Query))));
        app.MapGet("/api/partnerships/{id}", (string id, LibraryIndex index) =>
            index.Partnerships.Get(id) is { } partnership ? Results.Json(partnership) : Missing($"no arrangement has the id '{id}'"));
        app.MapGet("/api/councils/{name}", (string name, LibraryIndex index) =>
            index.Partnerships.Council(name) is { } profile ? Results.Json(profile) : Missing($"no council or partner named '{name}' is in the gazetteer or the library"));
    }

    private static IResult Missing(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
