using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Web.Accounts;

namespace TemplateLibrary.Web.Upload;

/// <summary>Maps /upload: the librarian's form, for a signed-in librarian, with an antiforgery token.</summary>
internal static class UploadPageEndpoints
{
    /// <summary>Adds GET and POST /upload.</summary>
    public static void MapUploadPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext context, IAntiforgery antiforgery, Taxonomy taxonomy) =>
            Page(context, antiforgery, taxonomy, null, null)).RequireAuthorization(Roles.LibrarianPolicy);
        app.MapPost("/upload", PostAsync).DisableAntiforgery().RequireAuthorization(Roles.LibrarianPolicy);
    }

    // The form is streamed by hand (files go to disk as they arrive), so the token is checked here, from the field read.
    private static async Task<IResult> PostAsync(
        HttpContext context, UploadService uploads, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        if (!UploadReader.IsMultipart(context.Request))
        {
            return Page(context, antiforgery, taxonomy, null, "Send the form as multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        var (form, batch, problem) = await UploadEndpoints.ReadAsync(context, uploads, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Page(context, antiforgery, taxonomy, null, "The upload could not be read: it may be larger than the limit.", StatusCodes.Status400BadRequest);
        }

        var options = antiforgeryOptions.Value;
        context.Request.Headers[options.HeaderName!] = form!.Field(options.FormFieldName);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            UploadService.Discard(batch);
            return Page(context, antiforgery, taxonomy, null, "The form had expired or did not come from this site. Please try again.", StatusCodes.Status400BadRequest);
        }

        if (form.FileCount == 0)
        {
            UploadService.Discard(batch);
            return Page(context, antiforgery, taxonomy, null, "Choose one or more files.", StatusCodes.Status400BadRequest);
        }

        var outcome = await uploads.IngestAsync(form, batch, context.UserName() ?? "anonymous", cancellationToken).ConfigureAwait(false);
        return outcome.MetadataProblem is null
            ? Page(context, antiforgery, taxonomy, outcome, null)
            : Page(context, antiforgery, taxonomy, null, "The metadata was not accepted: " + outcome.MetadataProblem, StatusCodes.Status400BadRequest);
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, Taxonomy taxonomy, UploadOutcome? outcome, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var page = UploadPage.Render(taxonomy, tokens.FormFieldName, tokens.RequestToken, outcome, error);
        return Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
