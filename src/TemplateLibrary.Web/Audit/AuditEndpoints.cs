using TemplateLibrary.Web.Accounts;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Audit;

/// <summary>Maps /audit (the page) and /api/audit (the same entries as JSON), for librarians.</summary>
internal static class AuditEndpoints
{
    /// <summary>Adds the routes.</summary>
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit", (AuditLog audit, string? user, string? action) =>
            PageEndpoints.Html(AuditPage.Render(audit.List(user, action), user, action))).RequireAuthorization(Roles.LibrarianPolicy);
        app.MapGet("/api/audit", (AuditLog audit, string? user, string? action, string? target, int? limit) =>
            Results.Json(audit.List(user, action, target, limit ?? 200)))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(TokenAuthentication.SchemeName).RequireRole(Roles.Librarian, Roles.Admin));
    }
}
