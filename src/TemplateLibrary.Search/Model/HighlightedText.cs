using System.Net;
using System.Text;
using System.Text.Json.Serialization;

namespace TemplateLibrary.Search.Model;

/// <summary>Text split into segments, the matched ones flagged, so a page can encode it safely.</summary>
/// <remarks>In JSON it is one string: the HTML-encoded text with each match in &lt;mark&gt; (<see cref="ToMarkedHtml"/>).</remarks>
[JsonConverter(typeof(HighlightedTextJsonConverter))]
public sealed record HighlightedText
{
    /// <summary>Text with no segments.</summary>
    public static HighlightedText Empty { get; } = new([]);

    /// <summary>Creates highlighted text from its segments.</summary>
    public HighlightedText(IReadOnlyList<HighlightSegment> segments)
    {
        Segments = segments;
    }

    /// <summary>The segments in order.</summary>
    public IReadOnlyList<HighlightSegment> Segments { get; }

    /// <summary>The plain text, without marks.</summary>
    public string PlainText => string.Concat(Segments.Select(s => s.Text));

    /// <summary>True when some segment matched.</summary>
    public bool HasMatch => Segments.Any(s => s.IsMatch);

    /// <summary>HTML-encoded text with each match wrapped in &lt;mark&gt;.</summary>
    public string ToMarkedHtml()
    {
        var html = new StringBuilder();
        foreach (var segment in Segments)
        {
            var encoded = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => PlainText;
}
