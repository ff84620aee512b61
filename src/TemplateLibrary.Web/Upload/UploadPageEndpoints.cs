using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace TemplateLibrary.Web.Upload;

/// <summary>Maps /upload: the librarian's form, protected by an antiforgery token as well as the key.</summary>
internal static class UploadPageEndpoints
{
    /// <summary>Adds GET and POST /upload.</summary>
    public static void MapUploadPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/upload", (HttpContext context, UploadService uploads, IAntiforgery antiforgery) =>
            Page(context, uploads, antiforgery, null, null));
        app.MapPost("/upload", PostAsync).DisableAntiforgery();
    }

    // The token is validated here, explicitly, because the form is read by hand to apply the upload size limit first.
    private static async Task<IResult> PostAsync(HttpContext context, UploadService uploads, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!uploads.IsEnabled)
        {
            return Page(context, uploads, antiforgery, null, null, StatusCodes.Status403Forbidden);
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = uploads.MaxRequestBytes;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Page(context, uploads, antiforgery, null, "The form had expired or did not come from this site. Please try again.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (!ApiKeyCheck.Matches(uploads.ApiKey, form["apiKey"]))
        {
            return Page(context, uploads, antiforgery, null, "That librarian key is not right.", StatusCodes.Status401Unauthorized);
        }

        if (form.Files.Count == 0)
        {
            return Page(context, uploads, antiforgery, null, "Choose one or more files.", StatusCodes.Status400BadRequest);
        }

        var outcome = await uploads.AcceptAsync(form, cancellationToken).ConfigureAwait(false);
        return outcome.MetadataProblem is null
            ? Page(context, uploads, antiforgery, outcome, null)
            : Page(context, uploads, antiforgery, null, "The metadata was not accepted: " + outcome.MetadataProblem, StatusCodes.Status400BadRequest);
    }

    private static IResult Page(HttpContext context, UploadService uploads, IAntiforgery antiforgery, UploadOutcome? outcome, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = uploads.IsEnabled ? antiforgery.GetAndStoreTokens(context) : null;
        var page = UploadPage.Render(uploads.IsEnabled, tokens?.FormFieldName, tokens?.RequestToken, outcome, error);
        return Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }
}
