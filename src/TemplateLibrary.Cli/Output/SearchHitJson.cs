using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>One result of `search --json`; the snippet is HTML-encoded text with matches in &lt;mark&gt;.</summary>
internal sealed record SearchHitJson(
    string Id,
    string Title,
    string Path,
    string Format,
    double Score,
    string Snippet,
    string? Category,
    string? Model,
    string? Type,
    IReadOnlyList<string> Powers,
    IReadOnlyList<string> Councils,
    int? Year)
{
    public static SearchHitJson From(SearchHit hit) => new(
        hit.Id,
        hit.Title,
        hit.Path,
        hit.Format,
        Math.Round(hit.Score, 4),
        hit.Snippet.ToMarkedHtml(),
        hit.Category,
        hit.Model,
        hit.Type,
        hit.Powers,
        hit.Councils,
        hit.Year);
}
