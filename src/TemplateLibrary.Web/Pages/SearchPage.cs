using System.Globalization;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>The search page: one GET form holding the query, facets, sort and page.</summary>
internal static class SearchPage
{
    private const int FacetValuesShown = 8;

    /// <summary>Renders the page for a search, its response (null on a bad query) and any error.</summary>
    public static string Render(Taxonomy taxonomy, SearchRequest search, SearchResponse? response, string? error)
    {
        var html = new HtmlWriter();
        var query = search.Query ?? "";
        var title = query.Length > 0 ? $"Search: {query}" : "Search";
        Layout.Begin(html, title, "search");
        html.Raw("<h1 class=\"visually-hidden\">Search the library</h1>")
            .Raw("<form class=\"search-form\" method=\"get\" action=\"/\" role=\"search\" id=\"search-form\">")
            .Raw("<label class=\"search-label\" for=\"q\">Search templates, agreements, business cases and reports</label>")
            .Raw("<div class=\"search-bar\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" list=\"q-suggestions\" maxlength=\"")
            .Number(SearchParameters.MaxQueryLength).Raw("\" value=\"").Text(query)
            .Raw("\" placeholder=\"e.g. shared legal service lead authority\"><datalist id=\"q-suggestions\"></datalist>")
            .Raw("<button type=\"submit\" class=\"button primary\">Search</button></div>");
        if (search.Limit != SearchRequest.DefaultLimit)
        {
            html.Raw("<input type=\"hidden\" name=\"limit\" value=\"").Number(search.Limit).Raw("\">");
        }

        html.Raw("<p class=\"jump-to-filters\"><a href=\"#facets-heading\">Filter the results</a></p><div class=\"search-layout\">");
        html.Raw("<aside class=\"facets\" aria-labelledby=\"facets-heading\"><h2 id=\"facets-heading\">Filter</h2>");
        WriteFacets(html, search, response?.Facets);
        WriteVersions(html, search, response);
        WriteYearsAndApply(html, search);
        html.Raw("<section class=\"results\" aria-labelledby=\"results-heading\">");
        if (error is not null)
        {
            html.Raw("<div class=\"notice error\" role=\"alert\"><h2 id=\"results-heading\">That search could not run</h2><p>")
                .Text(error).Raw("</p><p>Check the query and try again, or ").Link("/", "start a new search").Raw(".</p></div>");
        }
        else if (response is not null)
        {
            WriteResults(html, taxonomy, search, response);
        }

        html.Raw("</section></div></form>");
        return Layout.End(html).ToString();
    }

    /// <summary>Writes a fieldset of checkboxes per document facet that has values or a selection.</summary>
    internal static void WriteFacets(HtmlWriter html, SearchRequest search, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? facets)
    {
        foreach (var facet in SearchParameters.Facets)
        {
            var counts = facets?.GetValueOrDefault(facet) ?? [];
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

                WriteCheckbox(html, facet, i, ordered[i], selected.Contains(ordered[i].Value, StringComparer.OrdinalIgnoreCase));
            }

            html.Raw(ordered.Count > FacetValuesShown ? "</ul></details>" : "</ul>").Raw("</fieldset>");
        }
    }

    /// <summary>Writes the year range, the apply button and the end of the facet panel.</summary>
    internal static void WriteYearsAndApply(HtmlWriter html, SearchRequest search)
    {
        html.Raw("<fieldset class=\"facet years\"><legend>Years</legend><div class=\"year-range\">")
            .Raw("<label for=\"yearFrom\">From</label><input type=\"number\" inputmode=\"numeric\" id=\"yearFrom\" name=\"yearFrom\" min=\"1900\" max=\"2100\" value=\"")
            .Text(search.YearFrom?.ToString(CultureInfo.InvariantCulture)).Raw("\">")
            .Raw("<label for=\"yearTo\">to</label><input type=\"number\" inputmode=\"numeric\" id=\"yearTo\" name=\"yearTo\" min=\"1900\" max=\"2100\" value=\"")
            .Text(search.YearTo?.ToString(CultureInfo.InvariantCulture)).Raw("\"></div></fieldset>")
            .Raw("<button type=\"submit\" class=\"button apply-filters\">Apply filters</button></aside>");
    }

    // Current versions only (each with its count of earlier ones) or every version; the counts are of the matches.
    private static void WriteVersions(HtmlWriter html, SearchRequest search, SearchResponse? response)
    {
        html.Raw("<fieldset class=\"facet\" id=\"facet-versions\"><legend>Versions</legend><ul>");
        foreach (var (value, label, all, count) in new[] { ("current", "Current", false, response?.Versions.Current), ("all", "All versions", true, response?.Versions.All) })
        {
            html.Raw("<li><label><input type=\"radio\" name=\"versions\" value=\"").Raw(value).Raw("\"").Raw(search.AllVersions == all ? " checked" : "").Raw("> ")
                .Text(label);
            if (count is { } n)
            {
                html.Raw(" <span class=\"count\">").Number(n).Raw("</span>");
            }

            html.Raw("</label></li>");
        }

        html.Raw("</ul></fieldset>");
    }

    private static List<FacetCount> OrderForPanel(string facet, IReadOnlyList<FacetCount> counts, IReadOnlyList<string> selected)
    {
        var list = counts.ToList();
        foreach (var value in selected.Where(v => !list.Exists(c => string.Equals(c.Value, v, StringComparison.OrdinalIgnoreCase))))
        {
            list.Add(new FacetCount(value, value, 0));
        }

        // Years read best newest first; every other facet by count, selected values kept on top.
        return facet == FacetNames.Year
            ? [.. list.OrderByDescending(c => c.Value, StringComparer.Ordinal)]
            : [.. list.OrderByDescending(c => selected.Contains(c.Value, StringComparer.OrdinalIgnoreCase)).ThenByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Writes one facet value as a checkbox that applies at once.</summary>
    internal static void WriteCheckbox(HtmlWriter html, string facet, int index, FacetCount count, bool isChecked)
    {
        var id = "f-" + facet + "-" + index.ToString(CultureInfo.InvariantCulture);
        html.Raw("<li><input type=\"checkbox\" class=\"facet-box\" data-autosubmit id=\"").Text(id)
            .Raw("\" name=\"").Text(facet).Raw("\" value=\"").Text(count.Value).Raw(isChecked ? "\" checked>" : "\">")
            .Raw("<label for=\"").Text(id).Raw("\"><span class=\"facet-label\">").Text(count.Label)
            .Raw("</span> <span class=\"count\" data-count>").Number(count.Count).Raw("</span></label></li>");
    }

    private static void WriteResults(HtmlWriter html, Taxonomy taxonomy, SearchRequest search, SearchResponse response)
    {
        WriteChips(html, taxonomy, search);
        html.Raw("<div class=\"results-bar\"><h2 id=\"results-heading\" class=\"result-count\" aria-live=\"polite\">");
        WriteCount(html, search, response);
        html.Raw("</h2><div class=\"sort\"><label for=\"sort\">Sort by</label><select id=\"sort\" name=\"sort\" data-autosubmit>");
        foreach (var (value, text) in new[] { (SearchSort.Relevance, "Best match"), (SearchSort.Date, "Newest"), (SearchSort.Title, "Title A–Z") })
        {
            html.Raw("<option value=\"").Text(value.ToString().ToLowerInvariant()).Raw(search.Sort == value ? "\" selected>" : "\">").Text(text).Raw("</option>");
        }

        html.Raw("</select><noscript><button type=\"submit\" class=\"button\">Sort</button></noscript></div></div>");
        if (response.Total == 0)
        {
            WriteZeroResults(html, response);
            return;
        }

        WriteSuggestion(html, response);
        WriteUnderstood(html, search, response);
        html.Raw("<ol class=\"hits\" start=\"").Number(search.Offset + 1).Raw("\">");
        foreach (var hit in response.Results)
        {
            HitWriter.Write(html, taxonomy, hit, search.Query);
        }

        html.Raw("</ol>");
        Pager.Write(html, search, response.Total);
        Export.ExportLinks.Write(html, search, response.Total);
    }

    // The facet values the words named, one click away as filters (the results are ranked by them, not filtered).
    private static void WriteUnderstood(HtmlWriter html, SearchRequest search, SearchResponse response)
    {
        if (response.Understood.Count == 0)
        {
            return;
        }

        html.Raw("<div class=\"understood\"><p>Narrow to:</p><ul>");
        foreach (var offer in response.Understood)
        {
            html.Raw("<li>").Link(SearchParameters.ToUrl(search.Toggle(offer.Facet, offer.Value)), $"{FacetTitles.Of(offer.Facet)}: {offer.Label}", "chip offer")
                .Raw(" <span class=\"count\">").Number(offer.Count).Raw("</span></li>");
        }

        html.Raw("</ul></div>");
    }

    private static void WriteCount(HtmlWriter html, SearchRequest search, SearchResponse response)
    {
        if (response.Total == 0)
        {
            html.Raw("No documents match");
            return;
        }

        html.Number(response.Total).Raw(response.Total == 1 ? " document" : " documents");
        if (response.Total > response.Results.Count)
        {
            html.Raw(" <span class=\"range\">(showing ").Number(search.Offset + 1).Raw("–").Number(search.Offset + response.Results.Count).Raw(")</span>");
        }
    }

    private static void WriteChips(HtmlWriter html, Taxonomy taxonomy, SearchRequest search)
    {
        var chips = search.Filters.SelectMany(f => f.Value.Select(v => (Facet: f.Key, Value: v))).ToList();
        if (chips.Count == 0 && search.YearFrom is null && search.YearTo is null)
        {
            return;
        }

        html.Raw("<div class=\"chips\" aria-label=\"Selected filters\"><ul>");
        foreach (var (facet, value) in chips)
        {
            var url = SearchParameters.ToUrl(search.Toggle(facet, value));
            html.Raw("<li><a class=\"chip\" href=\"").Text(url).Raw("\"><span class=\"visually-hidden\">Remove filter </span>")
                .Text(FacetTitles.Of(facet)).Raw(": ").Text(taxonomy.LabelFor(facet, value) ?? value).Raw(" <span aria-hidden=\"true\">×</span></a></li>");
        }

        if (search.YearFrom is not null || search.YearTo is not null)
        {
            var url = SearchParameters.ToUrl(search with { YearFrom = null, YearTo = null, Offset = 0 });
            html.Raw("<li><a class=\"chip\" href=\"").Text(url).Raw("\"><span class=\"visually-hidden\">Remove filter </span>Years: ")
                .Text(search.YearFrom?.ToString(CultureInfo.InvariantCulture) ?? "any").Raw("–")
                .Text(search.YearTo?.ToString(CultureInfo.InvariantCulture) ?? "any").Raw(" <span aria-hidden=\"true\">×</span></a></li>");
        }

        var clearAll = SearchParameters.ToUrl(new SearchRequest { Query = search.Query, Sort = search.Sort, Limit = search.Limit });
        html.Raw("<li>").Link(clearAll, "Clear all", "clear-all").Raw("</li></ul></div>");
    }

    private static void WriteZeroResults(HtmlWriter html, SearchResponse response)
    {
        html.Raw("<div class=\"notice empty\"><p>Nothing in the library matches this search.</p>");
        WriteSuggestion(html, response);

        if (response.Alternatives.Count > 0)
        {
            html.Raw("<p>Try:</p><ul class=\"hints\">");
            foreach (var alternative in response.Alternatives)
            {
                html.Raw("<li>").Link(SearchParameters.ToUrl(alternative.Request), alternative.Description).Raw(" <span class=\"count\">").Number(alternative.Total)
                    .Raw(alternative.Total == 1 ? " document" : " documents").Raw("</span></li>");
            }

            html.Raw("</ul>");
        }

        html.Raw("<p>Or ").Link("/browse", "browse the library by service and delivery model").Raw(".</p></div>");
    }

    // Offered with or without results: misspelt words may have matched their close spellings.
    private static void WriteSuggestion(HtmlWriter html, SearchResponse response)
    {
        if (!string.IsNullOrWhiteSpace(response.Suggestion))
        {
            html.Raw("<p class=\"suggestion\">Did you mean <a href=\"").Text(SearchParameters.ToUrl(new SearchRequest { Query = response.Suggestion }))
                .Raw("\">").Text(response.Suggestion).Raw("</a>?</p>");
        }
    }
}
