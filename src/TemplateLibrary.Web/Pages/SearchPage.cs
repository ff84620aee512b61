using System.Globalization;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Library;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>The search page: one GET form holding the query, facets, sort and page.</summary>
internal static class SearchPage
{
    private const int FacetValuesShown = 8;

    /// <summary>Renders the page for a search, its result (null on a bad query) and any error.</summary>
    public static string Render(ILibrary library, LibrarySearchQuery search, LibrarySearchResult? result, string? error, IReadOnlyList<ZeroResultHint> hints)
    {
        var html = new HtmlWriter();
        var title = search.Query.Length > 0 ? $"Search: {search.Query}" : "Search";
        Layout.Begin(html, title, "search");
        html.Raw("<h1 class=\"visually-hidden\">Search the library</h1>")
            .Raw("<form class=\"search-form\" method=\"get\" action=\"/\" role=\"search\" id=\"search-form\">")
            .Raw("<label class=\"search-label\" for=\"q\">Search templates, agreements, business cases and reports</label>")
            .Raw("<div class=\"search-bar\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" list=\"q-suggestions\" maxlength=\"")
            .Number(SearchParameters.MaxQueryLength).Raw("\" value=\"").Text(search.Query)
            .Raw("\" placeholder=\"e.g. shared legal service lead authority\"><datalist id=\"q-suggestions\"></datalist>")
            .Raw("<button type=\"submit\" class=\"button primary\">Search</button></div>");
        if (search.Limit != SearchParameters.DefaultLimit)
        {
            html.Raw("<input type=\"hidden\" name=\"limit\" value=\"").Number(search.Limit).Raw("\">");
        }

        html.Raw("<p class=\"jump-to-filters\"><a href=\"#facets-heading\">Filter the results</a></p><div class=\"search-layout\">");
        WriteFacetPanel(html, search, result);
        html.Raw("<section class=\"results\" aria-labelledby=\"results-heading\">");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><h2 id=\"results-heading\">That search could not run</h2><p>")
                .Text(error).Raw("</p><p>Check the query and try again, or ").Link("/", "start a new search").Raw(".</p></div>");
        }
        else if (result is not null)
        {
            WriteResults(html, library, search, result, hints);
        }

        html.Raw("</section></div></form>");
        return Layout.End(html).ToString();
    }

    private static void WriteFacetPanel(HtmlWriter html, LibrarySearchQuery search, LibrarySearchResult? result)
    {
        html.Raw("<aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">Filter</h2>");
        foreach (var facet in SearchParameters.Facets)
        {
            var counts = result?.Facets.GetValueOrDefault(facet) ?? [];
            var selected = search.Selected(facet);
            if (counts.Count == 0 && selected.Count == 0)
            {
                continue;
            }

            var ordered = OrderForPanel(facet, counts, selected);
            html.Raw("<fieldset class=\"facet\" id=\"facet-").Text(facet).Raw("\"><legend>").Text(FacetTitles.Of(facet)).Raw("</legend><ul>");
            for (var i = 0; i < ordered.Count; i++)
            {
                if (i == FacetValuesShown)
                {
                    html.Raw("</ul><details class=\"more\"><summary>Show ").Number(ordered.Count - FacetValuesShown).Raw(" more</summary><ul>");
                }

                WriteCheckbox(html, facet, i, ordered[i], selected.Contains(ordered[i].Value, StringComparer.Ordinal));
            }

            html.Raw(ordered.Count > FacetValuesShown ? "</ul></details>" : "</ul>").Raw("</fieldset>");
        }

        html.Raw("<fieldset class=\"facet years\"><legend>Years</legend><div class=\"year-range\">")
            .Raw("<label for=\"yearFrom\">From</label><input type=\"number\" inputmode=\"numeric\" id=\"yearFrom\" name=\"yearFrom\" min=\"1900\" max=\"2100\" value=\"")
            .Text(search.YearFrom?.ToString(CultureInfo.InvariantCulture)).Raw("\">")
            .Raw("<label for=\"yearTo\">to</label><input type=\"number\" inputmode=\"numeric\" id=\"yearTo\" name=\"yearTo\" min=\"1900\" max=\"2100\" value=\"")
            .Text(search.YearTo?.ToString(CultureInfo.InvariantCulture)).Raw("\"></div></fieldset>")
            .Raw("<button type=\"submit\" class=\"button apply-filters\">Apply filters</button></aside>");
    }

    private static List<LibraryFacetCount> OrderForPanel(string facet, IReadOnlyList<LibraryFacetCount> counts, IReadOnlyList<string> selected)
    {
        var list = counts.ToList();
        foreach (var value in selected.Where(v => !list.Exists(c => c.Value == v)))
        {
            list.Add(new LibraryFacetCount(value, value, 0));
        }

        // Years read best newest first; every other facet by count, selected values kept on top.
        return facet == FacetNames.Year
            ? [.. list.OrderByDescending(c => c.Value, StringComparer.Ordinal)]
            : [.. list.OrderByDescending(c => selected.Contains(c.Value, StringComparer.Ordinal)).ThenByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase)];
    }

    private static void WriteCheckbox(HtmlWriter html, string facet, int index, LibraryFacetCount count, bool isChecked)
    {
        var id = "f-" + facet + "-" + index.ToString(CultureInfo.InvariantCulture);
        html.Raw("<li><input type=\"checkbox\" class=\"facet-box\" data-autosubmit id=\"").Text(id)
            .Raw("\" name=\"").Text(facet).Raw("\" value=\"").Text(count.Value).Raw(isChecked ? "\" checked>" : "\">")
            .Raw("<label for=\"").Text(id).Raw("\"><span class=\"facet-label\">").Text(count.Label)
            .Raw("</span> <span class=\"count\" data-count>").Number(count.Count).Raw("</span></label></li>");
    }

    private static void WriteResults(HtmlWriter html, ILibrary library, LibrarySearchQuery search, LibrarySearchResult result, IReadOnlyList<ZeroResultHint> hints)
    {
        WriteChips(html, library, search);
        html.Raw("<div class=\"results-bar\"><h2 id=\"results-heading\" class=\"result-count\" aria-live=\"polite\">");
        WriteCount(html, search, result);
        html.Raw("</h2><div class=\"sort\"><label for=\"sort\">Sort by</label><select id=\"sort\" name=\"sort\" data-autosubmit>");
        foreach (var (value, text) in new[] { (LibrarySort.Relevance, "Best match"), (LibrarySort.Date, "Newest"), (LibrarySort.Title, "Title A–Z") })
        {
            html.Raw("<option value=\"").Text(value.ToString().ToLowerInvariant()).Raw(search.Sort == value ? "\" selected>" : "\">").Text(text).Raw("</option>");
        }

        html.Raw("</select><noscript><button type=\"submit\" class=\"button\">Sort</button></noscript></div></div>");
        if (result.Total == 0)
        {
            WriteZeroResults(html, result, hints);
            return;
        }

        html.Raw("<ol class=\"hits\" start=\"").Number(search.Offset + 1).Raw("\">");
        foreach (var hit in result.Hits)
        {
            HitWriter.Write(html, library, hit, search.Query);
        }

        html.Raw("</ol>");
        Pager.Write(html, search, result.Total);
    }

    private static void WriteCount(HtmlWriter html, LibrarySearchQuery search, LibrarySearchResult result)
    {
        if (result.Total == 0)
        {
            html.Raw("No documents match");
            return;
        }

        html.Number(result.Total).Raw(result.Total == 1 ? " document" : " documents");
        if (result.Total > result.Hits.Count)
        {
            html.Raw(" <span class=\"range\">(showing ").Number(search.Offset + 1).Raw("–").Number(search.Offset + result.Hits.Count).Raw(")</span>");
        }
    }

    private static void WriteChips(HtmlWriter html, ILibrary library, LibrarySearchQuery search)
    {
        var chips = search.Filters.SelectMany(f => f.Value.Select(v => (Facet: f.Key, Value: v))).ToList();
        if (chips.Count == 0 && search.YearFrom is null && search.YearTo is null)
        {
            return;
        }

        html.Raw("<div class=\"chips\" aria-label=\"Selected filters\"><ul>");
        foreach (var (facet, value) in chips)
        {
            var url = SearchParameters.ToUrl(SearchParameters.Toggle(search, facet, value));
            html.Raw("<li><a class=\"chip\" href=\"").Text(url).Raw("\"><span class=\"visually-hidden\">Remove filter </span>")
                .Text(FacetTitles.Of(facet)).Raw(": ").Text(library.Label(facet, value)).Raw(" <span aria-hidden=\"true\">×</span></a></li>");
        }

        if (search.YearFrom is not null || search.YearTo is not null)
        {
            var url = SearchParameters.ToUrl(search with { YearFrom = null, YearTo = null, Offset = 0 });
            html.Raw("<li><a class=\"chip\" href=\"").Text(url).Raw("\"><span class=\"visually-hidden\">Remove filter </span>Years: ")
                .Text(search.YearFrom?.ToString(CultureInfo.InvariantCulture) ?? "any").Raw("–")
                .Text(search.YearTo?.ToString(CultureInfo.InvariantCulture) ?? "any").Raw(" <span aria-hidden=\"true\">×</span></a></li>");
        }

        var clearAll = SearchParameters.ToUrl(new LibrarySearchQuery { Query = search.Query, Sort = search.Sort, Limit = search.Limit });
        html.Raw("<li>").Link(clearAll, "Clear all", "clear-all").Raw("</li></ul></div>");
    }

    private static void WriteZeroResults(HtmlWriter html, LibrarySearchResult result, IReadOnlyList<ZeroResultHint> hints)
    {
        html.Raw("<div class=\"notice empty\"><p>Nothing in the library matches this search.</p>");
        if (!string.IsNullOrWhiteSpace(result.Suggestion))
        {
            html.Raw("<p class=\"suggestion\">Did you mean <a href=\"").Text(SearchParameters.ToUrl(new LibrarySearchQuery { Query = result.Suggestion }))
                .Raw("\">").Text(result.Suggestion).Raw("</a>?</p>");
        }

        if (hints.Count > 0)
        {
            html.Raw("<p>Try:</p><ul class=\"hints\">");
            foreach (var hint in hints)
            {
                html.Raw("<li>").Link(hint.Url, hint.Text).Raw(" <span class=\"count\">").Number(hint.Total)
                    .Raw(hint.Total == 1 ? " document" : " documents").Raw("</span></li>");
            }

            html.Raw("</ul>");
        }

        html.Raw("<p>Or ").Link("/browse", "browse the library by service and delivery model").Raw(".</p></div>");
    }
}
