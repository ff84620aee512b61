using Microsoft.AspNetCore.Http.Features;
using TemplateLibrary.Web.Accounts;

namespace TemplateLibrary.Web.Upload;

/// <summary>Maps POST /api/documents: the librarian's upload, for a script with a librarian's API token.</summary>
internal static class UploadEndpoints
{
    /// <summary>Adds the upload route.</summary>
    public static void MapUpload(this IEndpointRouteBuilder app)
    {
        // Only a token signs in here (the cookie scheme is not offered), so there is no cookie for a cross-site form to ride on.
        app.MapPost("/api/documents", Upload).DisableAntiforgery()
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(TokenAuthentication.SchemeName).RequireRole(Roles.Librarian, Roles.Admin));
    }

    /// <summary>Lets the request body grow to the upload limit.</summary>
    public static void AllowUploadSize(HttpContext context, UploadService uploads)
    {
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = uploads.MaxRequestBytes;
        }
    }

    /// <summary>Streams the request into a new batch; on a malformed or oversized request the batch is discarded and a problem returned.</summary>
    public static async Task<(UploadForm? Form, string Batch, IResult? Problem)> ReadAsync(HttpContext context, UploadService uploads, CancellationToken cancellationToken)
    {
        AllowUploadSize(context, uploads);
        var batch = uploads.NewBatch();
        try
        {
            var form = await UploadReader.ReadAsync(context.Request, UploadService.FilesFolder(batch), uploads.MaxFileBytes, cancellationToken).ConfigureAwait(false);
            return (form, batch, null);
        }
        catch (BadHttpRequestException error)
        {
            UploadService.Discard(batch);
            return (null, batch, Results.Problem(statusCode: error.StatusCode, title: "Upload not accepted", detail: error.Message));
        }
        catch (InvalidDataException error)
        {
            UploadService.Discard(batch);
            return (null, batch, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed upload", detail: error.Message));
        }
        catch
        {
            UploadService.Discard(batch);
            throw;
        }
    }

    private static async Task<IResult> Upload(HttpContext context, UploadService uploads, CancellationToken cancellationToken)
    {
        if (!UploadReader.IsMultipart(context.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Multipart form expected", detail: "post the files as multipart/form-data");
        }

        var (form, batch, problem) = await ReadAsync(context, uploads, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (form!.FileCount == 0)
        {
            UploadService.Discard(batch);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No files", detail: "attach one or more files in the form");
        }

        var outcome = await uploads.IngestAsync(form, batch, context.UserName() ?? "anonymous", cancellationToken).ConfigureAwait(false);
        return outcome.MetadataProblem is null
            ? Results.Json(outcome.ToJson())
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid metadata", detail: outcome.MetadataProblem);
    }
}
