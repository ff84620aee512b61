using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>The `search --json` shape of the command-line contract.</summary>
internal sealed record SearchResponseJson(
    int Total,
    IReadOnlyList<SearchHitJson> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? Suggestion)
{
    public static SearchResponseJson From(SearchResponse response) => new(
        response.Total,
        response.Results.Select(SearchHitJson.From).ToList(),
        response.Facets,
        response.Suggestion);
}
