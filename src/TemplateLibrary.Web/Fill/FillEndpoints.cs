using Microsoft.AspNetCore.Antiforgery;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Search;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Fill;

/// <summary>Maps /documents/{id}/fill: GET shows the form, POST previews or downloads; template errors show on the form as 400.</summary>
internal static class FillEndpoints
{
    /// <summary>Adds the fill routes.</summary>
    public static void MapFill(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id}/fill", (string id, HttpContext context, LibraryIndex library, IAntiforgery antiforgery) =>
            Respond(id, context, library, antiforgery, null));
        app.MapPost("/documents/{id}/fill", PostAsync).DisableAntiforgery();
    }

    // The token is validated explicitly so an expired form shows a message on the page rather than a bare 400.
    private static async Task<IResult> PostAsync(string id, HttpContext context, LibraryIndex library, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Respond(id, context, library, antiforgery, null, "The form had expired or did not come from this site. Please try again.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        return Respond(id, context, library, antiforgery, form);
    }

    private static IResult Respond(string id, HttpContext context, LibraryIndex library, IAntiforgery antiforgery, IFormCollection? form, string? formError = null)
    {
        var document = library.GetDocument(id);
        var path = document?.Paths.FirstOrDefault(File.Exists);
        if (document is null || path is null)
        {
            return Html(NotFoundPage.Render(id), StatusCodes.Status404NotFound);
        }

        TemplateFields fields;
        try
        {
            fields = TemplateAssembly.ReadFields(path);
        }
        catch (TemplateLibraryException error)
        {
            fields = new TemplateFields { Format = document.Format, Fields = [], CannotFill = error.Message };
            return Page(context, antiforgery, document, fields, library, new Dictionary<string, string>(), null, error.Message, StatusCodes.Status400BadRequest);
        }

        if (form is null || formError is not null)
        {
            return Page(context, antiforgery, document, fields, library, new Dictionary<string, string>(), null, formError, formError is null ? 200 : 400);
        }

        var typed = FillValues.Typed(form, fields.Fields);
        try
        {
            var filled = TemplateAssembly.Fill(path, FillValues.ToFill(typed, fields.Fields));
            if (form["action"] == "download")
            {
                var name = Path.GetFileNameWithoutExtension(path) + "-filled" + filled.Extension;
                return Results.File(filled.Content, ContentType(filled.Format), name);
            }

            return Page(context, antiforgery, document, fields, library, typed, filled.PreviewText, null, StatusCodes.Status200OK);
        }
        catch (TemplateLibraryException error)
        {
            return Page(context, antiforgery, document, fields, library, typed, null, error.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Page(
        HttpContext context,
        IAntiforgery antiforgery,
        StoredDocument document,
        TemplateFields fields,
        LibraryIndex library,
        IReadOnlyDictionary<string, string> typed,
        string? preview,
        string? error,
        int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var page = FillPage.Render(new FillPage.Model(document.Id, document.Title, fields, Councils(library), typed, preview, error, tokens.FormFieldName, tokens.RequestToken));
        return Html(page, status);
    }

    /// <summary>The councils the library's documents name, offered for council fields.</summary>
    private static List<string> Councils(LibraryIndex library) =>
        library.Search(new SearchRequest { Limit = 1 }).Facets.TryGetValue(FacetNames.Council, out var councils)
            ? [.. councils.Select(c => c.Value).Order(StringComparer.OrdinalIgnoreCase)]
            : [];

    private static string ContentType(string format) => format switch
    {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        _ => "text/markdown; charset=utf-8",
    };

    private static IResult Html(string page, int status) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
