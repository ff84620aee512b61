using System.Globalization;
using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Resolves paragraph styles (with their basedOn chains) to heading levels and list numbering.</summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, XElement> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphStyle> resolved = new(StringComparer.Ordinal);

    public DocxStyles(XElement? stylesRoot)
    {
        if (stylesRoot is null)
        {
            return;
        }

        foreach (var style in WordXml.Children(stylesRoot, "style"))
        {
            var id = WordXml.Attr(style, "styleId");
            if (id is null || (WordXml.Attr(style, "type") ?? "paragraph") != "paragraph")
            {
                continue;
            }

            styles.TryAdd(id, style);
            if (WordXml.Attr(style, "default") is "1" or "true" or "on")
            {
                DefaultStyleId ??= id;
            }
        }
    }

    /// <summary>The style paragraphs without a pStyle use.</summary>
    public string? DefaultStyleId { get; }

    public static ParagraphStyle None { get; } = new(null, false, null, 0);

    public ParagraphStyle Resolve(string? styleId)
    {
        styleId ??= DefaultStyleId;
        if (styleId is null)
        {
            return None;
        }

        if (!resolved.TryGetValue(styleId, out var result))
        {
            result = Compute(styleId);
            resolved[styleId] = result;
        }

        return result;
    }

    private ParagraphStyle Compute(string styleId)
    {
        int? level = null;
        var isTitle = false;
        string? numId = null;
        var numLevel = 0;
        var levelFound = false;
        var id = styleId;
        for (var step = 0; step < MaxChain && id is not null; step++)
        {
            styles.TryGetValue(id, out var style);
            if (!levelFound && HeadingFromName(id, WordXml.ChildVal(style, "name")) is { } named)
            {
                (level, isTitle, levelFound) = (named.Level, named.IsTitle, true);
            }

            var pPr = WordXml.Child(style, "pPr");
            if (!levelFound && WordXml.ChildVal(pPr, "outlineLvl") is { } outline
                && int.TryParse(outline, NumberStyles.Integer, CultureInfo.InvariantCulture, out var outlineLevel))
            {
                level = outlineLevel is >= 0 and < 9 ? outlineLevel + 1 : null;
                levelFound = true;
            }

            var numPr = WordXml.Child(pPr, "numPr");
            if (numId is null && numPr is not null)
            {
                numId = WordXml.ChildVal(numPr, "numId");
                numLevel = ParseLevel(WordXml.ChildVal(numPr, "ilvl"));
            }

            id = WordXml.ChildVal(style, "basedOn");
        }

        return new ParagraphStyle(level, isTitle, numId, numLevel);
    }

    internal static int ParseLevel(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? Math.Clamp(level, 0, 8) : 0;

    private static (int Level, bool IsTitle)? HeadingFromName(string id, string? name)
    {
        foreach (var candidate in new[] { name, id })
        {
            if (candidate is null)
            {
                continue;
            }

            var compact = candidate.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (compact == "title")
            {
                return (1, true);
            }

            if (compact.Length == 8 && compact.StartsWith("heading", StringComparison.Ordinal)
                && compact[7] is >= '1' and <= '9')
            {
                return (compact[7] - '0', false);
            }
        }

        return null;
    }
}
