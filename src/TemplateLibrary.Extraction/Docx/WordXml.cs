using System.Xml.Linq;

namespace TemplateLibrary.Extraction.Docx;

/// <summary>Name tests for WordprocessingML in its transitional and strict namespaces.</summary>
internal static class WordXml
{
    private const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string MathTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string MathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";

    public static bool IsWord(XElement element) => element.Name.NamespaceName is Transitional or Strict;

    public static bool Is(XElement element, string localName) =>
        element.Name.LocalName == localName && IsWord(element);

    public static bool IsMath(XElement element) => element.Name.NamespaceName is MathTransitional or MathStrict;

    public static bool IsMarkupCompatibility(XElement element) => element.Name.NamespaceName == MarkupCompatibility;

    /// <summary>The first child with the given WordprocessingML local name.</summary>
    public static XElement? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => Is(e, localName));

    public static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(e => Is(e, localName));

    /// <summary>An attribute by local name in any namespace (w:val, w:styleId, w:type…).</summary>
    public static string? Attr(XElement? element, string localName) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    /// <summary>The w:val of the named child, e.g. pPr/pStyle.</summary>
    public static string? ChildVal(XElement? element, string localName) => Attr(Child(element, localName), "val");

    /// <summary>The child of an mc:AlternateContent to read: the first Choice, else the Fallback.</summary>
    public static XElement? ChooseAlternative(XElement alternateContent) =>
        alternateContent.Elements().FirstOrDefault(e => e.Name.LocalName == "Choice")
        ?? alternateContent.Elements().FirstOrDefault(e => e.Name.LocalName == "Fallback");
}
