using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Web.Upload;

/// <summary>Maps /upload: the librarian's form, protected by an antiforgery token as well as the key.</summary>
internal static class UploadPageEndpoints
{
    /// <summary>Adds GET and POST /upload.</summary>
    public static void MapUploadPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext context, UploadService uploads, IAntiforgery antiforgery, Taxonomy taxonomy) =>
            Page(context, uploads, antiforgery, taxonomy, null, null));
        app.MapPost("/upload", PostAsync).DisableAntiforgery();
    }

    // The form is streamed by hand (files go to disk as they arrive), so the token is checked here, from the field read.
    private static async Task<IResult> PostAsync(
        HttpContext context, UploadService uploads, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        if (!uploads.IsEnabled)
        {
            return Page(context, uploads, antiforgery, taxonomy, null, null, StatusCodes.Status403Forbidden);
        }

        if (!UploadReader.IsMultipart(context.Request))
        {
            return Page(context, uploads, antiforgery, taxonomy, null, "Send the form as multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        var (form, batch, problem) = await UploadEndpoints.ReadAsync(context, uploads, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Page(context, uploads, antiforgery, taxonomy, null, "The upload could not be read: it may be larger than the limit.", StatusCodes.Status400BadRequest);
        }

        var options = antiforgeryOptions.Value;
        context.Request.Headers[options.HeaderName!] = form!.Field(options.FormFieldName);
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            UploadService.Discard(batch);
            return Page(context, uploads, antiforgery, taxonomy, null, "The form had expired or did not come from this site. Please try again.", StatusCodes.Status400BadRequest);
        }

        if (!ApiKeyCheck.Matches(uploads.ApiKey, form.Field("apiKey")))
        {
            UploadService.Discard(batch);
            return Page(context, uploads, antiforgery, taxonomy, null, "That librarian key is not right.", StatusCodes.Status401Unauthorized);
        }

        if (form.FileCount == 0)
        {
            UploadService.Discard(batch);
            return Page(context, uploads, antiforgery, taxonomy, null, "Choose one or more files.", StatusCodes.Status400BadRequest);
        }

        var outcome = await uploads.IngestAsync(form, batch, cancellationToken).ConfigureAwait(false);
        return outcome.MetadataProblem is null
            ? Page(context, uploads, antiforgery, taxonomy, outcome, null)
            : Page(context, uploads, antiforgery, taxonomy, null, "The metadata was not accepted: " + outcome.MetadataProblem, StatusCodes.Status400BadRequest);
    }

    private static IResult Page(HttpContext context, UploadService uploads, IAntiforgery antiforgery, Taxonomy taxonomy, UploadOutcome? outcome, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = uploads.IsEnabled ? antiforgery.GetAndStoreTokens(context) : null;
        var page = UploadPage.Render(taxonomy, uploads.IsEnabled, tokens?.FormFieldName, tokens?.RequestToken, outcome, error);
        return Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
