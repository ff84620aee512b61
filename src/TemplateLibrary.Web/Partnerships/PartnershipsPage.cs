using System.Globalization;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>The partnerships directory: a search box, facets (service, vehicle, region, number of partners, start year,
/// status) as a form that works without JavaScript, and the matching arrangements.</summary>
internal static class PartnershipsPage
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [PartnershipFacets.Category] = "Service",
        [PartnershipFacets.Model] = "Vehicle",
        [PartnershipFacets.Region] = "Region",
        [PartnershipFacets.Partners] = "Partners",
        [PartnershipFacets.Year] = "Started",
        [PartnershipFacets.Status] = "Status",
    };

    public static string Render(PartnershipQuery query, PartnershipList list)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Partnerships", "partnerships");
        html.Raw("<h1>Partnerships</h1><p>Who shares what with whom: the arrangements the library's documents describe, with their partners, vehicle and the savings they report. ")
            .Link(Map.MapPage.Path, "See them on a map").Raw(".</p>")
            .Raw("<form method=\"get\" action=\"").Text(PartnershipParameters.Path).Raw("\" class=\"search-form\" role=\"search\">")
            .Raw("<label class=\"search-label\" for=\"pq\">Find arrangements by service, council, vehicle or document title</label>")
            .Raw("<div class=\"search-bar\"><input type=\"search\" id=\"pq\" name=\"q\" value=\"").Text(query.Text).Raw("\">")
            .Raw("<button type=\"submit\" class=\"button primary\">Find</button></div>");
        if (query.Council is not null)
        {
            html.Raw("<input type=\"hidden\" name=\"council\" value=\"").Text(query.Council).Raw("\">");
        }

        html.Raw("<div class=\"search-layout\"><aside class=\"facets\" aria-labelledby=\"pfacets\"><h2 id=\"pfacets\">Filter</h2>");
        foreach (var facet in PartnershipFacets.All.Where(f => f != PartnershipFacets.Year))
        {
            Facet(html, facet, list.Facets.GetValueOrDefault(facet) ?? [], PartnershipParameters.Selected(query, facet));
        }

        html.Raw("<fieldset class=\"facet years\"><legend>Started</legend><div class=\"year-range\">")
            .Raw("<label for=\"pyf\">From</label> <input type=\"number\" id=\"pyf\" name=\"year-from\" min=\"1970\" max=\"2100\" value=\"").Text(query.YearFrom?.ToString(CultureInfo.InvariantCulture)).Raw("\"> ")
            .Raw("<label for=\"pyt\">to</label> <input type=\"number\" id=\"pyt\" name=\"year-to\" min=\"1970\" max=\"2100\" value=\"").Text(query.YearTo?.ToString(CultureInfo.InvariantCulture)).Raw("\">")
            .Raw("</div></fieldset><button type=\"submit\" class=\"button apply-filters\">Apply filters</button></aside>");
        html.Raw("<section class=\"results\" aria-labelledby=\"presults\"><h2 id=\"presults\">").Number(list.Total)
            .Raw(list.Total == 1 ? " arrangement" : " arrangements").Raw(", ").Number(list.Members).Raw(" partners</h2>");
        if (list.Total == 0)
        {
            html.Raw("<div class=\"notice empty\"><p>No arrangement matches. Remove a filter or try other words.</p></div>");
        }

        foreach (var partnership in list.Items)
        {
            ArrangementWriter.Write(html, partnership, "h3");
        }

        Pages(html, query, list.Total);
        if (list.Total > 0)
        {
            html.Raw("<nav class=\"export\" aria-label=\"Export\"><p>").Link(DirectoryExportEndpoints.UrlFor(query), list.Total == 1 ? "Download this arrangement as a spreadsheet (CSV)" : "Download these " + list.Total.ToString("N0", CultureInfo.InvariantCulture) + " arrangements as a spreadsheet (CSV)", "partnerships-export")
                .Raw(" · ").Link(Insights.InsightsPage.Path, "Headline figures for the whole library").Raw("</p></nav>");
        }

        html.Raw("</section></div></form>");
        return Layout.End(html).ToString();
    }

    private static void Facet(HtmlWriter html, string facet, IReadOnlyList<FacetCount> counts, IReadOnlyList<string> selected)
    {
        if (counts.Count == 0)
        {
            return;
        }

        html.Raw("<fieldset class=\"facet\" id=\"pfacet-").Text(facet).Raw("\"><legend>").Text(Titles[facet]).Raw("</legend><ul>");
        foreach (var count in counts)
        {
            var id = "pf-" + facet + "-" + count.Value.Replace(' ', '-').Replace('+', 'p');
            html.Raw("<li><input type=\"checkbox\" class=\"facet-box\" data-autosubmit id=\"").Text(id).Raw("\" name=\"").Text(facet)
                .Raw("\" value=\"").Text(count.Value).Raw(selected.Contains(count.Value, StringComparer.OrdinalIgnoreCase) ? "\" checked>" : "\">")
                .Raw("<label for=\"").Text(id).Raw("\"><span class=\"facet-label\">").Text(count.Label)
                .Raw("</span> <span class=\"count\">").Number(count.Count).Raw("</span></label></li>");
        }

        html.Raw("</ul></fieldset>");
    }

    // Pages as submit buttons of the same form, so the filters carry over without JavaScript.
    private static void Pages(HtmlWriter html, PartnershipQuery query, int total)
    {
        var pages = (total + PartnershipParameters.PageSize - 1) / PartnershipParameters.PageSize;
        if (pages <= 1)
        {
            return;
        }

        var current = (query.Offset / PartnershipParameters.PageSize) + 1;
        html.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
        for (var page = 1; page <= pages; page++)
        {
            html.Raw(page == current ? "<button type=\"submit\" name=\"page\" aria-current=\"page\" value=\"" : "<button type=\"submit\" class=\"button\" name=\"page\" value=\"")
                .Number(page).Raw("\">").Number(page).Raw("</button> ");
        }

        html.Raw("</nav>");
    }
}
