using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>A council's page: its arrangements, the partners it shares with, and the documents that name it.</summary>
internal static class CouncilPage
{
    /// <summary>The page for a name no council or partner has.</summary>
    public static string RenderMissing(string name)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, "Not found", "partnerships");
        html.Raw("<h1>Council not found</h1><p>No council or partner named <code>").Text(name)
            .Raw("</code> is in the gazetteer or the library.</p><p>").Link(PartnershipParameters.Path, "See every partnership").Raw("</p>");
        return Layout.End(html).ToString();
    }

    /// <summary>Renders a council's page.</summary>
    public static string Render(CouncilProfile profile)
    {
        var html = new HtmlWriter();
        Layout.Begin(html, profile.Name, "partnerships");
        html.Raw("<h1>").Text(profile.Name).Raw("</h1>");
        if (profile.RegionLabel is not null)
        {
            html.Raw("<p>").Text(profile.RegionLabel).Raw(profile.Kind is null ? string.Empty : " · ").Text(profile.Kind).Raw("</p>");
        }

        html.Raw("<p>").Number(profile.Arrangements.Count).Raw(profile.Arrangements.Count == 1 ? " arrangement" : " arrangements").Raw(" with ")
            .Number(profile.Partners.Count).Raw(profile.Partners.Count == 1 ? " partner" : " partners").Raw("; ")
            .Number(profile.Documents.Count).Raw(profile.Documents.Count == 1 ? " document names it." : " documents name it.").Raw("</p>");
        if (profile.Partners.Count > 0)
        {
            html.Raw("<h2>Shares with</h2><table class=\"partners\"><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Arrangements shared</th></tr></thead><tbody>");
            foreach (var partner in profile.Partners)
            {
                html.Raw("<tr><td>").Link(PartnershipParameters.CouncilUrl(partner.Name), partner.Name).Raw("</td><td>").Number(partner.Shared).Raw("</td></tr>");
            }

            html.Raw("</tbody></table>");
        }

        html.Raw("<h2>Arrangements</h2>");
        if (profile.Arrangements.Count == 0)
        {
            html.Raw("<p>No arrangement of the library names this council with a partner.</p>");
        }

        foreach (var arrangement in profile.Arrangements)
        {
            ArrangementWriter.Write(html, arrangement, "h3");
        }

        html.Raw("<h2>Documents</h2>");
        ArrangementWriter.WriteDocuments(html, profile.Documents);
        return Layout.End(html).ToString();
    }
}
