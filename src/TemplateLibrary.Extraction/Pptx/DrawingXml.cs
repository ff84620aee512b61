using System.Text;
using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Pptx;

/// <summary>Name tests and text runs of DrawingML and PresentationML, by local name in either the transitional or strict namespace.</summary>
internal static class DrawingXml
{
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static XElement? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>An attribute by local name in any namespace.</summary>
    public static string? Attr(XElement? element, string localName) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    /// <summary>The child of an mc:AlternateContent to read: the first Choice, else the Fallback.</summary>
    public static XElement? ChooseAlternative(XElement element) =>
        element.Name.NamespaceName == MarkupCompatibility && element.Name.LocalName == "AlternateContent"
            ? Child(element, "Choice") ?? Child(element, "Fallback")
            : null;

    /// <summary>The lines of a text body (a:txBody or p:txBody): one per paragraph, runs, fields and breaks in order.</summary>
    public static List<string> Paragraphs(XElement? textBody)
    {
        var lines = new List<string>();
        if (textBody is null)
        {
            return lines;
        }

        foreach (var paragraph in Children(textBody, "p"))
        {
            var line = new StringBuilder();
            foreach (var run in paragraph.Elements())
            {
                switch (run.Name.LocalName)
                {
                    case "r" or "fld":
                        line.Append(Child(run, "t")?.Value);
                        break;
                    case "br":
                        line.Append('\n');
                        break;
                    default:
                        break;
                }
            }

            if (line.Length > 0 && !string.IsNullOrWhiteSpace(line.ToString()))
            {
                lines.Add(line.ToString());
            }
        }

        return lines;
    }
}
