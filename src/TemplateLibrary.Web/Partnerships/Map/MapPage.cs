using System.Globalization;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships.Map;

/// <summary>The partnerships map: an SVG of Great Britain and Northern Ireland drawn from the shipped data, a dot per
/// council sized and labelled by its number of arrangements (each a link to the council's page), a service and vehicle
/// filter in a GET form, and the same numbers as a table, so the page works without JavaScript and without colour.</summary>
internal static class MapPage
{
    /// <summary>The page's address.</summary>
    public const string Path = "/partnerships/map";

    private const double West = -8.7;
    private const double North = 60.9;
    private const double East = 2.0;
    private const double South = 49.8;
    private const double Scale = 60;
    private static readonly double Squeeze = Math.Cos(54.5 * Math.PI / 180);

    public static string Render(PartnershipQuery query, PartnershipList list, IReadOnlyList<CouncilCount> councils, MapData data)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Partnerships map", "partnerships");
        html.Raw("<h1>Partnerships map</h1><p>Each council's number of arrangements in the library. ")
            .Link(PartnershipParameters.Path, "The directory").Raw(" lists them.</p>")
            .Raw("<form method=\"get\" action=\"").Text(Path).Raw("\" class=\"map-form\">");
        Select(html, "category", "Service", list.Facets.GetValueOrDefault(PartnershipFacets.Category) ?? [], query.Categories);
        Select(html, "model", "Vehicle", list.Facets.GetValueOrDefault(PartnershipFacets.Model) ?? [], query.Models);
        html.Raw(" <button type=\"submit\" class=\"button\">Show</button></form>");
        var drawn = councils.Where(c => data.Councils.ContainsKey(c.Name)).ToList();
        Svg(html, drawn, data);
        html.Raw("<table class=\"map-table\"><caption>").Number(councils.Count).Raw(councils.Count == 1 ? " council" : " councils").Raw(" in ")
            .Number(list.Total).Raw(list.Total == 1 ? " arrangement" : " arrangements");
        if (drawn.Count < councils.Count)
        {
            html.Raw(" (").Number(councils.Count - drawn.Count).Raw(" without a point on the map)");
        }

        html.Raw("</caption><thead><tr><th scope=\"col\">Council</th><th scope=\"col\">Region</th><th scope=\"col\">Arrangements</th></tr></thead><tbody>");
        foreach (var council in councils)
        {
            html.Raw("<tr><td>").Link(PartnershipParameters.CouncilUrl(council.Name), council.Name).Raw("</td><td>").Text(council.Region)
                .Raw("</td><td>").Number(council.Arrangements).Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
        return Layout.End(html).ToString();
    }

    private static void Svg(HtmlWriter html, List<CouncilCount> councils, MapData data)
    {
        var (width, height) = Project(new MapPoint(East, South));
        html.Raw("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Raw(N(width)).Raw(" ").Raw(N(height))
            .Raw("\" role=\"img\" aria-labelledby=\"map-title\"><title id=\"map-title\">Councils of Great Britain and Northern Ireland by number of arrangements</title>");
        foreach (var shape in data.Outline.Values)
        {
            html.Raw("<path fill=\"#e8ece6\" stroke=\"#7a8a78\" stroke-width=\"1\" d=\"M");
            foreach (var point in shape)
            {
                var (x, y) = Project(point);
                html.Raw(" ").Raw(N(x)).Raw(" ").Raw(N(y));
            }

            html.Raw(" Z\"/>");
        }

        // Smallest last, so a big dot never hides a small one's link.
        foreach (var council in councils.OrderByDescending(c => c.Arrangements))
        {
            var (x, y) = Project(data.Councils[council.Name]);
            var radius = 3 + (2.5 * Math.Sqrt(council.Arrangements));
            html.Raw("<a href=\"").Text(PartnershipParameters.CouncilUrl(council.Name)).Raw("\" class=\"map-council\"><title>").Text(council.Name).Raw(": ")
                .Number(council.Arrangements).Raw(council.Arrangements == 1 ? " arrangement" : " arrangements").Raw("</title>")
                .Raw("<circle cx=\"").Raw(N(x)).Raw("\" cy=\"").Raw(N(y)).Raw("\" r=\"").Raw(N(radius)).Raw("\" fill=\"#1d70b8\" fill-opacity=\"0.75\" stroke=\"#fff\" stroke-width=\"1\"/>")
                .Raw("<text x=\"").Raw(N(x)).Raw("\" y=\"").Raw(N(y + 3.5)).Raw("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#fff\">").Number(council.Arrangements).Raw("</text></a>");
        }

        html.Raw("</svg>");
    }

    private static void Select(HtmlWriter html, string name, string label, IReadOnlyList<FacetCount> counts, IReadOnlyList<string> selected)
    {
        html.Raw("<label for=\"map-").Raw(name).Raw("\">").Text(label).Raw("</label> <select id=\"map-").Raw(name).Raw("\" name=\"").Raw(name).Raw("\"><option value=\"\">Any</option>");
        foreach (var count in counts)
        {
            html.Raw("<option value=\"").Text(count.Value).Raw(selected.Contains(count.Value, StringComparer.OrdinalIgnoreCase) ? "\" selected>" : "\">")
                .Text(count.Label).Raw(" (").Number(count.Count).Raw(")</option>");
        }

        html.Raw("</select> ");
    }

    private static (double X, double Y) Project(MapPoint point) =>
        ((point.Lon - West) * Squeeze * Scale, (North - point.Lat) * Scale);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
