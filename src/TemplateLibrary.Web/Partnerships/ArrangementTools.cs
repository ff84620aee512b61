using System.Globalization;
using TemplateLibrary.Core.Partnerships;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Web.Librarian;

namespace TemplateLibrary.Web.Partnerships;

/// <summary>The librarian's part of an arrangement's page: correct its partners and roles, vehicle, service, status and
/// start year, or merge another arrangement into it. Written only for a signed-in librarian.</summary>
internal static class ArrangementTools
{
    /// <summary>Writes the section; <paramref name="others"/> are the arrangements that could be merged into this one.</summary>
    public static void Write(HtmlWriter html, Taxonomy taxonomy, Partnership p, IEnumerable<Partnership> others, (string Field, string Token) form)
    {
        var action = PartnershipParameters.ArrangementUrl(p.Id);
        var partners = string.Join('\n', p.Members.Select(m => m.Role == PartnershipRoles.Partner ? m.Name : m.Name + " = " + m.Role));
        html.Raw("<section class=\"librarian-tools\" aria-labelledby=\"librarian-heading\"><h2 id=\"librarian-heading\">Librarian</h2>")
            .Raw("<form class=\"arrangement-form\" method=\"post\" action=\"").Text(action).Raw("/correct\">").TokenField(form.Field, form.Token)
            .Raw("<fieldset><legend>Correct this arrangement</legend><p class=\"hint\">A correction outranks what the documents say and survives later ingests. ")
            .Raw("Only the fields you change are saved.</p>")
            .Raw("<div class=\"field\"><label for=\"arrangement-partners\">Partners</label><span class=\"hint\" id=\"arrangement-partners-hint\">One a line: a name, or a name = ")
            .Text(string.Join(", ", PartnershipRoles.All)).Raw("</span><textarea id=\"arrangement-partners\" name=\"partners\" rows=\"6\" aria-describedby=\"arrangement-partners-hint\">")
            .Text(partners).Raw("</textarea></div>")
            .Select("arrangement-model", "model", "Vehicle", null, FacetOptions.Of(taxonomy, FacetNames.Model), p.Model is null ? [] : [p.Model], noneText: "(not stated)")
            .Select("arrangement-category", "category", "Service", null, FacetOptions.Of(taxonomy, FacetNames.Category), [p.Category])
            .Select("arrangement-status", "status", "Status", null, ArrangementStatuses.All.Select(s => (s, s)), p.Status is null ? [] : [p.Status], noneText: "(not stated)")
            .Raw("<div class=\"field\"><label for=\"arrangement-year\">Started</label><input id=\"arrangement-year\" name=\"start_year\" inputmode=\"numeric\" pattern=\"[0-9]{4}\" value=\"")
            .Text(p.StartYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Raw("\"></div>")
            .Raw("<button type=\"submit\" class=\"button primary\">Save corrections</button></fieldset></form>")
            .Raw("<form class=\"merge-form\" method=\"post\" action=\"").Text(action).Raw("/merge\">").TokenField(form.Field, form.Token)
            .Raw("<fieldset><legend>Merge another arrangement into this one</legend>")
            .Select("arrangement-other", "other", "Arrangement", "Its documents and partners join this one; this one's values win.", others.Where(o => o.Id != p.Id).Select(o => (o.Id, o.Name)), noneText: "(choose)")
            .Raw("<button type=\"submit\" class=\"button\">Merge</button></fieldset></form></section>");
    }
}
