using Spectre.Console;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints clause search results for a person: numbered clauses with their agreement, kinds and marked snippet.</summary>
internal static class ClauseResultsView
{
    public static void Write(CliContext context, ClauseSearchRequest request, ClauseSearchResponse response)
    {
        var console = context.Console;
        if (response.Total == 0)
        {
            console.MarkupLine("No clauses found.");
            return;
        }

        var offset = request.Search.Offset;
        var last = Math.Min(response.Total, offset + response.Results.Count);
        console.MarkupLine($"[bold]{response.Total}[/] clause{(response.Total == 1 ? string.Empty : "s")} (showing {offset + 1}-{last})");
        var number = offset;
        foreach (var hit in response.Results)
        {
            number++;
            console.WriteLine();
            console.MarkupLine($"{number,3}. [bold]{Markup.Escape(hit.Caption)}[/] in {Markup.Escape(hit.DocumentTitle)}  [grey]{Markup.Escape(hit.Id)}[/]");
            if (hit.Kinds.Count > 0)
            {
                console.MarkupLine($"     [blue]{Markup.Escape(string.Join(" · ", hit.Kinds))}[/]");
            }

            var page = hit.Page is { } onPage ? $" [grey](page {onPage})[/]" : string.Empty;
            console.MarkupLine($"     {SearchResultsView.SnippetMarkup(hit.Snippet)}{page}");
        }

        console.WriteLine();
        if (response.Kinds.Count > 0)
        {
            console.MarkupLine($"[grey]kind:[/] {Markup.Escape(string.Join(", ", response.Kinds.Take(10).Select(c => $"{c.Value} ({c.Count})")))}");
        }

        foreach (var facet in FacetNames.All)
        {
            if (response.Facets.TryGetValue(facet, out var counts) && counts.Count > 0)
            {
                console.MarkupLine($"[grey]{facet}:[/] {Markup.Escape(string.Join(", ", counts.Take(8).Select(c => $"{c.Value} ({c.Count})")))}");
            }
        }
    }
}
