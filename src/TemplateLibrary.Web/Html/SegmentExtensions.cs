using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Web.Html;

/// <summary>Writes highlighted text: each segment encoded, matches wrapped in &lt;mark&gt;.</summary>
internal static class SegmentExtensions
{
    /// <summary>Appends the segments to the page.</summary>
    public static HtmlWriter Segments(this HtmlWriter html, IEnumerable<HighlightSegment> segments)
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
}
