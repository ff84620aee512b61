using System.Globalization;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Pages;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>Writes one arrangement as the directory and council pages show it: partners with roles (each a link to its
/// council page), vehicle, start, status, reported savings with their sentences, and its documents.</summary>
internal static class ArrangementWriter
{
    public static void Write(HtmlWriter html, Partnership p, string headingTag)
    {
        html.Raw("<article class=\"arrangement\" id=\"").Text(p.Id).Raw("\"><").Raw(headingTag).Raw(">");
        // The arrangement's own page has it as its title; elsewhere the heading leads there.
        if (headingTag == "h1")
        {
            html.Text(p.Name);
        }
        else
        {
            html.Link(PartnershipParameters.ArrangementUrl(p.Id), p.Name);
        }

        html.Raw("</").Raw(headingTag).Raw("><dl class=\"arrangement-facts\">");
        Fact(html, "Service", string.Join(", ", p.Categories.Count > 0 ? [p.CategoryLabel] : []));
        Fact(html, "Vehicle", p.ModelLabel ?? "not stated");
        Fact(html, "Started", p.StartYear?.ToString(CultureInfo.InvariantCulture) ?? "not stated");
        if (p.Corrected)
        {
            Fact(html, "Checked", "corrected by a librarian");
        }

        html.Raw("<dt>Status</dt><dd>").Text(p.Status ?? "not stated");
        if (p.StatusEvidence is not null)
        {
            html.Raw(" <span class=\"evidence\">“").Text(p.StatusEvidence).Raw("”</span>");
        }

        html.Raw("</dd><dt>Partners (").Number(p.Members.Count).Raw(")</dt><dd><ul class=\"partners\">");
        foreach (var member in p.Members)
        {
            html.Raw("<li>");
            if (member.IsCouncil)
            {
                html.Link(PartnershipParameters.CouncilUrl(member.Name), member.Name);
            }
            else
            {
                html.Text(member.Name);
            }

            if (member.Role != PartnershipRoles.Partner)
            {
                html.Raw(" <span class=\"pill\">").Text(member.Role).Raw("</span>");
            }

            html.Raw("</li>");
        }

        html.Raw("</ul></dd>");
        if (p.Savings.Count > 0)
        {
            html.Raw("<dt>Savings and costs reported</dt><dd><ul class=\"savings\">");
            foreach (var saving in p.Savings)
            {
                html.Raw("<li><strong>").Text(SavingText.Of(saving)).Raw("</strong> <span class=\"evidence\">“").Text(saving.Evidence)
                    .Raw("”</span> (").Link(DocumentPage.Url(saving.DocumentId, null), "source").Raw(")</li>");
            }

            html.Raw("</ul></dd>");
        }

        html.Raw("<dt>Documents (").Number(p.Documents.Count).Raw(")</dt><dd>");
        WriteDocuments(html, p.Documents);
        html.Raw("</dd></dl></article>");
    }

    /// <summary>A list of an arrangement's or a council's documents, each linked with its year.</summary>
    public static void WriteDocuments(HtmlWriter html, IReadOnlyList<PartnershipDocument> documents)
    {
        html.Raw("<ul class=\"documents\">");
        foreach (var document in documents)
        {
            html.Raw("<li>").Link(DocumentPage.Url(document.Id, null), document.Title);
            if (document.Year is { } year)
            {
                html.Raw(" <span class=\"count\">").Text(year.ToString(CultureInfo.InvariantCulture)).Raw("</span>");
            }

            html.Raw("</li>");
        }

        html.Raw("</ul>");
    }

    private static void Fact(HtmlWriter html, string term, string value) => html.Raw("<dt>").Text(term).Raw("</dt><dd>").Text(value).Raw("</dd>");
}
