namespace TemplateLibrary.Web.Html;

/// <summary>Labelled form controls: every control has a visible label tied to it by id, and its hint by aria-describedby.</summary>
internal static class FormFields
{
    /// <summary>A drop-down of (value, text) options with the <paramref name="selected"/> ones chosen; a single one starts with "(none)"
    /// when <paramref name="noneText"/> is given.</summary>
    public static HtmlWriter Select(
        this HtmlWriter html,
        string id,
        string name,
        string label,
        string? hint,
        IEnumerable<(string Value, string Text)> options,
        IReadOnlyCollection<string>? selected = null,
        bool multiple = false,
        string? noneText = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        html.Raw("<div class=\"field\"><label for=\"").Text(id).Raw("\">").Text(label).Raw("</label>");
        if (hint is not null)
        {
            html.Raw("<span class=\"hint\" id=\"").Text(id).Raw("-hint\">").Text(hint).Raw("</span>");
        }

        html.Raw("<select id=\"").Text(id).Raw("\" name=\"").Text(name).Raw("\"");
        if (hint is not null)
        {
            html.Raw(" aria-describedby=\"").Text(id).Raw("-hint\"");
        }

        html.Raw(multiple ? " multiple size=\"6\">" : ">");
        if (!multiple && noneText is not null)
        {
            html.Raw("<option value=\"\">").Text(noneText).Raw("</option>");
        }

        foreach (var (value, text) in options)
        {
            var isSelected = selected?.Contains(value) == true;
            html.Raw("<option value=\"").Text(value).Raw(isSelected ? "\" selected>" : "\">").Text(text).Raw("</option>");
        }

        return html.Raw("</select></div>");
    }

    /// <summary>The hidden antiforgery field every form of the workspace carries.</summary>
    public static HtmlWriter TokenField(this HtmlWriter html, string field, string token)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Raw("<input type=\"hidden\" name=\"").Text(field).Raw("\" value=\"").Text(token).Raw("\">");
    }

    /// <summary>A hidden field.</summary>
    public static HtmlWriter Hidden(this HtmlWriter html, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Raw("<input type=\"hidden\" name=\"").Text(name).Raw("\" value=\"").Text(value).Raw("\">");
    }
}
