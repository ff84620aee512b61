using System.Globalization;
using System.Text;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion.OpenXml;

/// <summary>Hands out one numbering instance per list (so each ordered list restarts at 1) and writes the numbering part.</summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private readonly List<bool> instances = [];

    public bool IsUsed => instances.Count > 0;

    /// <summary>Returns the numId for a new list.</summary>
    public int NewList(bool ordered)
    {
        instances.Add(ordered);
        return instances.Count;
    }

    public string ToXml()
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.Append("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        AppendAbstract(xml, BulletAbstractId, ordered: false);
        AppendAbstract(xml, DecimalAbstractId, ordered: true);
        for (var i = 0; i < instances.Count; i++)
        {
            var abstractId = instances[i] ? DecimalAbstractId : BulletAbstractId;
            xml.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{i + 1}\"><w:abstractNumId w:val=\"{abstractId}\"/>");
            if (instances[i])
            {
                xml.Append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
            }

            xml.Append("</w:num>");
        }

        xml.Append("</w:numbering>");
        return xml.ToString();
    }

    private static void AppendAbstract(StringBuilder xml, int id, bool ordered)
    {
        string[] bullets = ["\u2022", "\u2013", "\u25AA"];
        string[] formats = ["decimal", "lowerLetter", "lowerRoman"];
        xml.Append(CultureInfo.InvariantCulture, $"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        for (var level = 0; level < 3; level++)
        {
            var format = ordered ? formats[level] : "bullet";
            var text = ordered ? $"%{level + 1}." : bullets[level];
            var indent = 720 * (level + 1);
            xml.Append(CultureInfo.InvariantCulture, $"<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>");
            xml.Append(CultureInfo.InvariantCulture, $"<w:pPr><w:ind w:left=\"{indent}\" w:hanging=\"360\"/></w:pPr></w:lvl>");
        }

        xml.Append("</w:abstractNum>");
    }
}
