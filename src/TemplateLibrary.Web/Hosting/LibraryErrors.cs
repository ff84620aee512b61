using Microsoft.AspNetCore.Diagnostics;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Web.Pages;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Hosting;

/// <summary>The one place the product's errors become HTTP responses: a query the user can fix is 400, an unknown
/// document 404; the API answers with problem details, the pages with a page.</summary>
internal sealed partial class LibraryErrors(Taxonomy taxonomy, ILogger<LibraryErrors> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            SearchQueryException => (StatusCodes.Status400BadRequest, "Invalid query"),
            ExportException => (StatusCodes.Status400BadRequest, "Export not possible"),
            DocumentNotFoundException => (StatusCodes.Status404NotFound, "Document not found"),
            ArrangementNotFoundException => (StatusCodes.Status404NotFound, "Arrangement not found"),
            _ => (0, ""),
        };
        if (status == 0)
        {
            if (!ErrorResponses.WantsHtml(httpContext.Request))
            {
                return false; // The framework logs it and answers with a 500 problem.
            }

            Unexpected(logger, httpContext.Request.Path.Value ?? "/", exception);
            await PageEndpoints.Html(ErrorPage.Render(StatusCodes.Status500InternalServerError), StatusCodes.Status500InternalServerError)
                .ExecuteAsync(httpContext).ConfigureAwait(false);
            return true;
        }

        var result = httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? Results.Problem(statusCode: status, title: title, detail: exception.Message)
            : exception is DocumentNotFoundException missing
                ? PageEndpoints.Html(NotFoundPage.Render(missing.Id), status)
                : exception is ArrangementNotFoundException gone
                ? PageEndpoints.Html(Partnerships.ArrangementPage.RenderMissing(gone.Id), status)
                : httpContext.Request.Path.StartsWithSegments(Clauses.ClauseParameters.Path, StringComparison.OrdinalIgnoreCase)
                    ? PageEndpoints.Html(Clauses.ClausesPage.Render(taxonomy, new TemplateLibrary.Search.Model.ClauseSearchRequest { Search = SearchParameters.Typed(httpContext.Request.Query) }, null, exception.Message), status)
                    : PageEndpoints.Html(SearchPage.Render(taxonomy, SearchParameters.Typed(httpContext.Request.Query), null, exception.Message), status);
        await result.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Path}")]
    private static partial void Unexpected(ILogger logger, string path, Exception exception);
}
