using Microsoft.AspNetCore.Http.Features;

namespace TemplateLibrary.Web.Upload;

/// <summary>Maps POST /api/documents: the librarian's upload, behind an API key.</summary>
internal static class UploadEndpoints
{
    /// <summary>The header carrying the API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Adds the upload route.</summary>
    public static void MapUpload(this IEndpointRouteBuilder app)
    {
        // An API-key request carries no cookie, so there is nothing for a cross-site form to ride on.
        app.MapPost("/api/documents", Upload).DisableAntiforgery();
    }

    private static async Task<IResult> Upload(HttpContext context, UploadService uploads, CancellationToken cancellationToken)
    {
        if (!uploads.IsEnabled)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Uploads are off", detail: "uploads are off: no TemplateLibrary:UploadApiKey is configured");
        }

        if (!ApiKeyCheck.Matches(uploads.ApiKey, context.Request.Headers[ApiKeyHeader]))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required", detail: $"send the librarian's key in the {ApiKeyHeader} header");
        }

        if (!context.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Multipart form expected", detail: "post the files as multipart/form-data");
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = uploads.MaxRequestBytes;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is InvalidDataException or BadHttpRequestException)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", detail: error.Message);
        }

        if (form.Files.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No files", detail: "attach one or more files in the form");
        }

        var outcome = await uploads.AcceptAsync(form, cancellationToken).ConfigureAwait(false);
        return outcome.MetadataProblem is null
            ? Results.Json(outcome.ToJson())
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid metadata", detail: outcome.MetadataProblem);
    }
}
