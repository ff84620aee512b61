using System.Globalization;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;

namespace TemplateLibrary.Web.Pages;

/// <summary>An agreement on its document page: the facts it states with where each was read, and its clause outline.</summary>
internal static class AgreementSection
{
    /// <summary>Writes the facts section; nothing when the agreement states none.</summary>
    public static void Write(HtmlWriter html, AgreementFacts facts)
    {
        if (facts == AgreementFacts.None)
        {
            return;
        }

        html.Raw("<section class=\"agreement-facts\" aria-labelledby=\"facts-heading\"><h2 id=\"facts-heading\">Agreement facts</h2><dl class=\"metadata facts\">");
        if (facts.Parties.Count > 0)
        {
            html.Raw("<dt>Parties</dt><dd><ul class=\"parties\">");
            foreach (var party in facts.Parties)
            {
                html.Raw("<li>").Text(party.Name).Raw(" <span class=\"pill pill-role\">").Text(party.Role).Raw("</span>");
                Evidence(html, party.Evidence);
                html.Raw("</li>");
            }

            html.Raw("</ul></dd>");
        }

        Dated(html, "Date of agreement", facts.AgreementDate);
        Dated(html, "Commencement", facts.CommencementDate);
        Dated(html, "End date", facts.EndDate);
        Period(html, "Term", facts.Term);
        Period(html, "Notice period", facts.NoticePeriod);
        if (facts.Review is { } review)
        {
            var every = review.EveryMonths is { } months ? $"every {months} months" : null;
            var value = string.Join(", ", new[] { review.Value, every }.Where(v => v is not null));
            html.Raw("<dt>Review</dt><dd class=\"fact-review\">").Text(value);
            Evidence(html, review.Evidence);
            html.Raw("</dd>");
        }

        html.Raw("</dl></section>");
    }

    /// <summary>Writes the clause outline: the agreement's clauses, schedules and their numbered parts, each linked to its
    /// anchor in the text, units with their kinds.</summary>
    public static void WriteOutline(HtmlWriter html, IReadOnlyList<Clause> clauses, string documentId)
    {
        html.Raw("<nav class=\"outline clause-outline\" aria-labelledby=\"clauses-heading\"><h2 id=\"clauses-heading\">Clauses</h2><ul>");
        foreach (var clause in ClauseOutline.Entries(clauses))
        {
            var caption = ClauseId.Caption(clause.Number, clause.Heading);
            html.Raw("<li class=\"depth-").Number(clause.Depth).Raw("\" data-clause=\"").Text(ClauseId.Of(documentId, clause.Anchor)).Raw("\">")
                .Link("#" + clause.Anchor, caption.Length > 0 ? caption : clause.Form.ToString());
            foreach (var kind in clause.Kinds)
            {
                html.Raw(" <span class=\"pill pill-kind\" title=\"").Text(string.Join("; ", kind.Evidence.Select(e => $"{e.Phrase} ({e.Where})"))).Raw("\">").Text(kind.Label).Raw("</span>");
            }

            html.Raw("</li>");
        }

        html.Raw("</ul></nav>");
    }

    private static void Dated(HtmlWriter html, string name, DatedFact? fact)
    {
        if (fact is null)
        {
            return;
        }

        html.Raw("<dt>").Text(name).Raw("</dt><dd>").Text(fact.Value);
        Evidence(html, fact.Evidence);
        html.Raw("</dd>");
    }

    private static void Period(HtmlWriter html, string name, PeriodFact? fact)
    {
        if (fact is null)
        {
            return;
        }

        html.Raw("<dt>").Text(name).Raw("</dt><dd>").Text(fact.Value);
        Evidence(html, fact.Evidence);
        html.Raw("</dd>");
    }

    private static void Evidence(HtmlWriter html, FactEvidence evidence) =>
        html.Raw(" <span class=\"evidence\">(").Text(evidence.Where).Raw(": “").Text(evidence.Text).Raw("”)</span>");

    /// <summary>A due date as the page shows it.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
