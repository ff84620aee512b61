using System.Globalization;
using System.Text;
using Spectre.Console;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints search results for a person: numbered hits, marked snippets, then facet counts.</summary>
internal static class SearchResultsView
{
    public static void Write(CliContext context, SearchRequest request, SearchResponse response)
    {
        var console = context.Console;
        if (response.Total == 0)
        {
            console.MarkupLine("No documents found.");
            if (response.Suggestion is not null)
            {
                console.MarkupLine($"Did you mean [bold]{Markup.Escape(response.Suggestion)}[/]?");
            }

            foreach (var alternative in response.Alternatives)
            {
                console.MarkupLine($"  {Markup.Escape(alternative.Description)}: {alternative.Total} document{(alternative.Total == 1 ? string.Empty : "s")}");
            }

            return;
        }

        var last = Math.Min(response.Total, request.Offset + response.Results.Count);
        console.MarkupLine($"[bold]{response.Total}[/] document{(response.Total == 1 ? string.Empty : "s")} (showing {request.Offset + 1}-{last})");
        var number = request.Offset;
        foreach (var hit in response.Results)
        {
            number++;
            console.WriteLine();
            console.MarkupLine($"{number,3}. [bold]{Markup.Escape(hit.Title)}[/]  [grey]{Markup.Escape(hit.Id)}[/]");
            var tags = hit.Types.Concat(hit.Categories).Concat(hit.Models).Append(hit.Year?.ToString(CultureInfo.InvariantCulture)).Append(hit.Format)
                .Where(t => !string.IsNullOrEmpty(t));
            console.MarkupLine($"     [blue]{Markup.Escape(string.Join(" · ", tags))}[/]");
            if (hit.Snippet.Segments.Count > 0)
            {
                var page = hit.Page is { } onPage ? $" [grey](page {onPage})[/]" : string.Empty;
                console.MarkupLine($"     {SnippetMarkup(hit.Snippet)}{page}");
            }

            console.MarkupLine($"     [grey]{Markup.Escape(hit.Path)}[/]");
            if (hit.EarlierVersions > 0)
            {
                console.MarkupLine($"     [grey]{hit.EarlierVersions} earlier version{(hit.EarlierVersions == 1 ? string.Empty : "s")} (templib show {Markup.Escape(hit.Id)})[/]");
            }
            else if (hit.CurrentVersionId is { } currentId)
            {
                console.MarkupLine($"     [grey]earlier version of {Markup.Escape(currentId)}[/]");
            }
        }

        console.WriteLine();
        if (response.Understood.Count > 0)
        {
            var offers = string.Join(", ", response.Understood.Select(u => $"--{u.Facet} {u.Value} ({u.Count})"));
            console.MarkupLine($"[grey]narrow with:[/] {Markup.Escape(offers)}");
        }

        console.MarkupLine($"[grey]versions:[/] current ({response.Versions.Current}), all ({response.Versions.All}){(request.AllVersions ? string.Empty : " [grey]--all-versions shows every version[/]")}");
        foreach (var facet in FacetNames.All)
        {
            if (response.Facets.TryGetValue(facet, out var counts) && counts.Count > 0)
            {
                var top = string.Join(", ", counts.Take(8).Select(c => $"{c.Value} ({c.Count})"));
                console.MarkupLine($"[grey]{facet}:[/] {Markup.Escape(top)}");
            }
        }
    }

    /// <summary>A snippet on one line with its matches in bold yellow.</summary>
    public static string SnippetMarkup(HighlightedText snippet)
    {
        var markup = new StringBuilder();
        foreach (var segment in snippet.Segments)
        {
            var text = Markup.Escape(segment.Text.ReplaceLineEndings(" "));
            markup.Append(segment.IsMatch ? $"[bold yellow]{text}[/]" : text);
        }

        return markup.ToString();
    }
}
