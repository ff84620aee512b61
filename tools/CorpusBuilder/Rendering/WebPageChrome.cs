using System.Globalization;
using System.Net;
using System.Text;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Rendering;

/// <summary>The header, navigation, sidebar, footer and script around a document published as a council web page.</summary>
internal static class WebPageChrome
{
    public static void Append(StringBuilder html, SourceDocument document, string articleHtml)
    {
        var council = HtmlPageRenderer.Author(document);
        var section = Taxonomy.CategoryLabels[document.PrimaryCategory];
        html.Append("<a class=\"skip-link\" href=\"#content\">Skip to main content</a>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header class=\"site-header\"><a href=\"/\">{Encode(council)}</a></header>\n");
        html.Append("<nav class=\"site-nav\" aria-label=\"Main\">\n");
        foreach (var item in new[] { "Home", "Bins and recycling", "Council tax", "Planning", "Housing", "Council and democracy", "Shared services", "Contact us" })
        {
            var href = "/" + item.ToLowerInvariant().Replace(' ', '-');
            html.Append(CultureInfo.InvariantCulture, $"  <a href=\"{href}\">{item}</a>\n");
        }

        html.Append("</nav>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"breadcrumb\">Home &rsaquo; Council and democracy &rsaquo; Shared services &rsaquo; {Encode(section)}</div>\n");
        html.Append("<div class=\"layout\">\n<main id=\"content\">\n<article>\n").Append(articleHtml).Append("</article>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"doc-meta\">Page last reviewed: {document.Year}. Published under the Open Government Licence.</p>\n</main>\n");
        html.Append("<aside aria-label=\"Related\">\n<h2>Related pages</h2>\n<ul>\n");
        html.Append("  <li><a href=\"/council-and-democracy/committee-meetings\">Committee meetings and minutes</a></li>\n");
        html.Append("  <li><a href=\"/council-and-democracy/constitution\">Our constitution</a></li>\n");
        html.Append("  <li><a href=\"/shared-services/partners\">Our shared service partners</a></li>\n");
        html.Append("</ul>\n</aside>\n</div>\n");
        html.Append("<footer class=\"site-footer\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>&copy; {Encode(council)} {document.Year}. <a href=\"/accessibility\">Accessibility statement</a> | <a href=\"/privacy\">Privacy notice</a> | <a href=\"/cookies\">Cookies</a></p>\n");
        html.Append("</footer>\n");
        html.Append("<div class=\"cookie-banner\" id=\"cookie-banner\">We use essential cookies to make this site work.</div>\n");
        html.Append("<script>\n(function () {\n  if (!document.cookie.includes('cookie_consent=')) {\n    document.getElementById('cookie-banner').style.display = 'block';\n  }\n})();\n</script>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
