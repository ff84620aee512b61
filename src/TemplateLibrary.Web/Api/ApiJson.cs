using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Api;

/// <summary>The JSON shapes of the API: the same as the CLI's --json.</summary>
internal static class ApiJson
{
    /// <summary>A search result: total, results, facets, suggestion.</summary>
    public static object Search(LibrarySearchResult result) => new
    {
        total = result.Total,
        results = result.Hits.Select(Hit),
        facets = Facets(result),
        suggestion = result.Suggestion,
    };

    /// <summary>The facet counts keyed by facet name.</summary>
    public static Dictionary<string, object[]> Facets(LibrarySearchResult result) =>
        result.Facets.ToDictionary(
            f => f.Key,
            f => f.Value.Select(c => (object)new { value = c.Value, label = c.Label, count = c.Count }).ToArray(),
            StringComparer.Ordinal);

    /// <summary>One document with its tags, outline and text.</summary>
    public static object Document(LibraryDocument document, IReadOnlyList<LibrarySimilar> similar) => new
    {
        id = document.Id,
        title = document.Title,
        format = document.Format,
        path = document.Paths.FirstOrDefault(),
        paths = document.Paths,
        sizeBytes = document.SizeBytes,
        wordCount = document.WordCount,
        pageCount = document.PageCount,
        summary = document.Summary,
        author = document.Author,
        fileUrl = DocumentPage.FileUrl(document.Id),
        tags = document.Tags.Select(t => new { facet = t.Facet, value = t.Value, label = t.Label, source = t.Source, confidence = t.Confidence, evidence = t.Evidence }),
        headings = document.Headings.Select(h => new { level = h.Level, text = h.Text }),
        similar = similar.Select(s => new { id = s.Id, title = s.Title, type = s.Type, category = s.Category, score = s.Score }),
        text = document.Text,
    };

    private static object Hit(LibraryHit hit) => new
    {
        id = hit.Id,
        title = hit.Title,
        path = hit.Path,
        format = hit.Format,
        score = hit.Score,
        snippet = hit.Snippet.ToMarkedHtml(),
        category = hit.Category,
        model = hit.Model,
        type = hit.Type,
        powers = hit.Powers,
        councils = hit.Councils,
        year = hit.Year,
    };
}
