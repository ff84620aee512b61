using System.Globalization;
using System.Text;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Rtf;

/// <summary>What the header groups declare: fonts and their charsets, heading styles, and \info properties.</summary>
internal sealed class RtfHeader
{
    private readonly Dictionary<int, RtfFont> fonts = [];
    private readonly Dictionary<int, int> headingLevelByStyle = [];
    private readonly Dictionary<string, StringBuilder> info = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> times = new(StringComparer.Ordinal);
    private readonly StringBuilder styleName = new();
    private readonly Dictionary<string, string> userProperties = PropertyBag.Create();
    private int currentFont = -1;
    private int currentStyle;
    private int currentStyleOutline = -1;

    public int DefaultCodePage { get; set; } = RtfCharsets.DefaultCodePage;

    public int DefaultFont { get; set; } = -1;

    public RtfFont? FontOf(int number) => fonts.GetValueOrDefault(number);

    public int? HeadingLevelOf(int style) => headingLevelByStyle.TryGetValue(style, out var level) ? level : null;

    public string? Info(string name) => info.TryGetValue(name, out var text) ? TextCleaner.NullIfBlank(text.ToString()) : null;

    /// <summary>\creatim or \revtim, from their \yr \mo \dy \hr \min parts.</summary>
    public DateTimeOffset? Time(string name)
    {
        if (!times.TryGetValue(name, out var parts) || !parts.TryGetValue("yr", out var year) || year is < 1 or > 9999)
        {
            return null;
        }

        var month = Math.Clamp(parts.GetValueOrDefault("mo", 1), 1, 12);
        var day = Math.Clamp(parts.GetValueOrDefault("dy", 1), 1, DateTime.DaysInMonth(year, month));
        return new DateTimeOffset(year, month, day, Math.Clamp(parts.GetValueOrDefault("hr"), 0, 23), Math.Clamp(parts.GetValueOrDefault("min"), 0, 59), 0, TimeSpan.Zero);
    }

    public void FontNumber(int number)
    {
        currentFont = number;
        fonts.TryAdd(number, new RtfFont(null, false));
    }

    public void FontCharset(int charset)
    {
        if (currentFont >= 0)
        {
            fonts[currentFont] = fonts[currentFont] with { CodePage = RtfCharsets.CodePageOf(charset), Symbol = charset == RtfCharsets.SymbolCharset };
        }
    }

    public void FontCodePage(int codePage)
    {
        if (currentFont >= 0)
        {
            fonts[currentFont] = fonts[currentFont] with { CodePage = codePage };
        }
    }

    /// <summary>A style entry starts (\sN, or -1 for character, section and table styles).</summary>
    public void StyleNumber(int number)
    {
        currentStyle = number;
        currentStyleOutline = -1;
        styleName.Clear();
    }

    public void StyleOutline(int level) => currentStyleOutline = level;

    /// <summary>Style sheet text: the name, ended by ';'.</summary>
    public void StyleText(string text)
    {
        var end = text.IndexOf(';', StringComparison.Ordinal);
        styleName.Append(end < 0 ? text : text[..end]);
        if (end >= 0)
        {
            EndStyle();
        }
    }

    /// <summary>An \info property (or a \userprops name or value) starts; a repeated property replaces the earlier one.</summary>
    public void BeginInfo(string name)
    {
        if (name == "propname")
        {
            CommitUserProperty();
        }

        if (info.TryGetValue(name, out var builder))
        {
            builder.Clear();
        }
    }

    /// <summary>The custom properties of \userprops, by lower-cased name.</summary>
    public Dictionary<string, string> UserProperties()
    {
        CommitUserProperty();
        return userProperties;
    }

    public void InfoText(string name, string text)
    {
        if (!info.TryGetValue(name, out var builder))
        {
            info[name] = builder = new StringBuilder();
        }

        builder.Append(text);
    }

    public void InfoTimePart(string name, string part, int value)
    {
        if (!times.TryGetValue(name, out var parts))
        {
            times[name] = parts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        parts[part] = value;
    }

    private void CommitUserProperty()
    {
        PropertyBag.Add(userProperties, Info("propname"), Info("staticval"));
        info.Remove("propname");
        info.Remove("staticval");
    }

    private void EndStyle()
    {
        if (currentStyle < 0)
        {
            return;
        }

        var name = styleName.ToString().Trim().ToLowerInvariant();
        int? level = currentStyleOutline is >= 0 and < 9 ? currentStyleOutline + 1 : null;
        if (name == "title")
        {
            level = 1;
        }
        else if (name.StartsWith("heading ", StringComparison.Ordinal)
            && int.TryParse(name["heading ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 9)
        {
            level = n;
        }

        if (level is { } found)
        {
            headingLevelByStyle[currentStyle] = found;
        }

        currentStyle = -1;
    }
}
