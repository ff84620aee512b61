using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace TemplateLibrary.Web.Html;

/// <summary>Builds an HTML page: markup is written raw, every value goes through the encoder.</summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>Appends trusted markup written in this code base, never data.</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Appends a value, HTML-encoded (safe in text and in quoted attributes).</summary>
    public HtmlWriter Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _html.Append(Encoder.Encode(value));
        }

        return this;
    }

    /// <summary>Appends a number.</summary>
    public HtmlWriter Number(long value)
    {
        _html.Append(value.ToString("N0", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends an element holding one encoded value: &lt;tag class="..."&gt;value&lt;/tag&gt;.</summary>
    public HtmlWriter Element(string tag, string? value, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        Text(value);
        return Raw("</" + tag + ">");
    }

    /// <summary>Appends a link with an encoded address and text.</summary>
    public HtmlWriter Link(string href, string text, string? cssClass = null)
    {
        _html.Append("<a href=\"");
        Text(href);
        _html.Append('"');
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        _html.Append('>');
        Text(text);
        return Raw("</a>");
    }

    /// <summary>Encodes a value as a standalone string.</summary>
    public static string Encode(string value) => Encoder.Encode(value);

    /// <inheritdoc />
    public override string ToString() => _html.ToString();
}
