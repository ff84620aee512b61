using System.Globalization;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Clauses;

/// <summary>The clause search page: one GET form with the query, clause kinds and document facets; chosen clauses go to
/// the compare view.</summary>
internal static class ClausesPage
{
    /// <summary>Renders the page for a clause search, its response (null on a bad query) and any error.</summary>
    public static string Render(Taxonomy taxonomy, ClauseSearchRequest request, ClauseSearchResponse? response, string? error)
    {
        var search = request.Search;
        var html = new HtmlWriter();
        var query = search.Query ?? "";
        Layout.Begin(html, query.Length > 0 ? $"Clauses: {query}" : "Clauses", "clauses");
        html.Raw("<h1>Search clauses of agreements</h1>")
            .Raw("<form class=\"search-form\" method=\"get\" action=\"").Text(ClauseParameters.Path).Raw("\" role=\"search\" id=\"search-form\">")
            .Raw("<label class=\"search-label\" for=\"q\">Words in the clause, such as notice period or quorum</label>")
            .Raw("<div class=\"search-bar\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" maxlength=\"")
            .Number(Search.SearchParameters.MaxQueryLength).Raw("\" value=\"").Text(query)
            .Raw("\" placeholder=\"e.g. notice period\"><button type=\"submit\" class=\"button primary\">Search clauses</button></div>")
            .Raw("<div class=\"search-layout\"><aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">Filter</h2>");
        WriteKinds(html, taxonomy, request, response);
        SearchPage.WriteFacets(html, search, response?.Facets);
        SearchPage.WriteYearsAndApply(html, search);
        html.Raw("<section class=\"results\" aria-labelledby=\"results-heading\">");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><h2 id=\"results-heading\">That search could not run</h2><p>")
                .Text(error).Raw("</p><p>").Link(ClauseParameters.Path, "Start a new clause search").Raw(".</p></div>");
        }
        else if (response is not null)
        {
            WriteResults(html, request, response);
        }

        html.Raw("</section></div></form>");
        return Layout.End(html).ToString();
    }

    private static void WriteKinds(HtmlWriter html, Taxonomy taxonomy, ClauseSearchRequest request, ClauseSearchResponse? response)
    {
        var counts = response?.Kinds ?? [];
        if (counts.Count == 0 && request.Kinds.Count == 0)
        {
            return;
        }

        var listed = counts.ToList();
        foreach (var kind in request.Kinds.Where(k => !listed.Exists(c => c.Value == k)))
        {
            listed.Add(new FacetCount(kind, taxonomy.Clauses.Kinds.FirstOrDefault(t => t.Id == kind)?.Label ?? kind, 0));
        }

        html.Raw("<fieldset class=\"facet\" id=\"facet-kind\"><legend>Clause kind</legend><ul>");
        for (var i = 0; i < listed.Count; i++)
        {
            SearchPage.WriteCheckbox(html, "kind", i, listed[i], request.Kinds.Contains(listed[i].Value, StringComparer.Ordinal));
        }

        html.Raw("</ul></fieldset>");
    }

    private static void WriteResults(HtmlWriter html, ClauseSearchRequest request, ClauseSearchResponse response)
    {
        var search = request.Search;
        html.Raw("<div class=\"results-bar\"><h2 id=\"results-heading\" class=\"result-count\" aria-live=\"polite\">");
        if (response.Total == 0)
        {
            html.Raw("No clauses match</h2></div><div class=\"notice empty\"><p>No clause matches this search. Try fewer words or fewer filters.</p></div>");
            return;
        }

        html.Number(response.Total).Raw(response.Total == 1 ? " clause" : " clauses");
        if (response.Total > response.Results.Count)
        {
            html.Raw(" <span class=\"range\">(showing ").Number(search.Offset + 1).Raw("–").Number(search.Offset + response.Results.Count).Raw(")</span>");
        }

        html.Raw("</h2><button type=\"submit\" class=\"button compare\" formaction=\"").Text(ClauseParameters.ComparePath)
            .Raw("\">Compare selected clauses</button></div><ol class=\"hits\" start=\"").Number(search.Offset + 1).Raw("\">");
        var number = 0;
        foreach (var hit in response.Results)
        {
            var id = "pick-" + (number++).ToString(CultureInfo.InvariantCulture);
            html.Raw("<li class=\"hit clause-hit\"><p class=\"pick\"><input type=\"checkbox\" name=\"ids\" id=\"").Text(id).Raw("\" value=\"").Text(hit.Id)
                .Raw("\"><label for=\"").Text(id).Raw("\">Compare</label></p><h3 class=\"hit-title\">")
                .Link(ClauseUrl(hit.DocumentId, hit.Anchor, search.Query), hit.Caption.Length > 0 ? hit.Caption : hit.Anchor)
                .Raw("</h3><p class=\"hit-document\">in ").Link(DocumentPage.Url(hit.DocumentId, search.Query), hit.DocumentTitle).Raw("</p><p class=\"hit-meta\">");
            foreach (var kind in hit.Kinds)
            {
                html.Raw("<span class=\"pill pill-kind\">").Text(response.Kinds.FirstOrDefault(k => k.Value == kind)?.Label ?? kind).Raw("</span>");
            }

            html.Raw("</p><p class=\"snippet\">").Segments(hit.Snippet.Segments).Raw("</p></li>");
        }

        html.Raw("</ol>");
        Pager.Write(html, search, response.Total, s => ClauseParameters.ToUrl(request with { Search = s }));
    }

    /// <summary>The address of a clause in its document page.</summary>
    public static string ClauseUrl(string documentId, string anchor, string? query) => DocumentPage.Url(documentId, query) + "#" + Uri.EscapeDataString(anchor);
}
