using Microsoft.AspNetCore.StaticFiles;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search;

namespace TemplateLibrary.Web.Api;

/// <summary>Serves a document's original file, found by id in the index, never by a path from the request.</summary>
internal static class FileDownload
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateProvider();

    /// <summary>The file as an attachment with its content type, or a 404 problem.</summary>
    public static IResult Serve(LibraryIndex index, string id)
    {
        var document = index.GetDocument(id) ?? throw new DocumentNotFoundException(id);

        var path = document.Paths.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "File not available", detail: "the original file is no longer where it was indexed");
        }

        return Results.File(Path.GetFullPath(path), ContentTypeOf(path), Path.GetFileName(path), enableRangeProcessing: true);
    }

    /// <summary>The content type for a file name; application/octet-stream when unknown.</summary>
    public static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".md"] = "text/markdown; charset=utf-8";
        provider.Mappings[".markdown"] = "text/markdown; charset=utf-8";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        provider.Mappings[".odt"] = "application/vnd.oasis.opendocument.text";
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".htm"] = "text/html; charset=utf-8";
        return provider;
    }
}
