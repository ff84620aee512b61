using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Html;

/// <summary>Writes marked text: each segment encoded, matches wrapped in &lt;mark&gt;.</summary>
internal static class SegmentExtensions
{
    /// <summary>Appends the segments to the page.</summary>
    public static HtmlWriter Segments(this HtmlWriter html, IReadOnlyList<TextSegment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.IsMatch)
            {
                html.Raw("<mark>").Text(segment.Text).Raw("</mark>");
            }
            else
            {
                html.Text(segment.Text);
            }
        }

        return html;
    }

    /// <summary>The segments as one HTML string: encoded text, matches in &lt;mark&gt;.</summary>
    public static string ToMarkedHtml(this IReadOnlyList<TextSegment> segments) =>
        new HtmlWriter().Segments(segments).ToString();
}
