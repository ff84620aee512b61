using System.Text.Json;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Export;

/// <summary>Writes documents as JSON: <c>{ "total", "documents": [ hit… ] }</c>, each hit in the search contract's shape
/// with its summary.</summary>
internal static class JsonExport
{
    private static readonly JsonSerializerOptions Options = ContractJson.Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Writes the documents, each with the path <paramref name="relativePath"/> shows.</summary>
    public static Task WriteAsync(Stream output, IReadOnlyList<SearchHit> documents, Func<string, string> relativePath, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(
            output,
            new { Total = documents.Count, Documents = documents.Select(hit => hit with { Path = relativePath(hit.Path) }) },
            Options,
            cancellationToken);
}
