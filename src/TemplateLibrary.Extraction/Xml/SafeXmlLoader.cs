using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Xml;

/// <summary>Loads XML with DTDs prohibited, no resolver and a nesting cap, building the tree without recursion.</summary>
internal static class SafeXmlLoader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The reader settings every XML part is read with.</summary>
    public static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    /// <summary>Reads one XML part; <paramref name="maxDepth"/> bounds element nesting.</summary>
    /// <param name="stream">The part's content.</param>
    /// <param name="partName">The part's name, for messages.</param>
    /// <param name="maxDepth">The deepest element nesting allowed.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    /// <param name="keepNamespaceDeclarations">Keeps xmlns attributes, so a part written back keeps its prefixes (mc:Ignorable names them).</param>
    public static XElement Load(Stream stream, string partName, int maxDepth, CancellationToken cancellationToken, bool keepNamespaceDeclarations = false)
    {
        using var reader = XmlReader.Create(stream, CreateSettings());
        var stack = new Stack<XElement>();
        XElement? root = null;
        var nodes = 0;
        try
        {
            while (reader.Read())
            {
                if ((++nodes & 0x3FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = ReadElement(reader, partName, maxDepth, keepNamespaceDeclarations);
                        if (stack.Count > 0)
                        {
                            stack.Peek().Add(element);
                        }
                        else
                        {
                            root ??= element;
                        }

                        if (!reader.IsEmptyElement)
                        {
                            stack.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (stack.Count > 0)
                        {
                            stack.Peek().Add(new XText(reader.Value));
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ExtractionException($"unsafe content: {partName} declares a DTD (XML entities are not allowed)", ex);
        }

        return root ?? throw new XmlException($"{partName} has no root element");
    }

    private static XElement ReadElement(XmlReader reader, string partName, int maxDepth, bool keepNamespaceDeclarations)
    {
        if (reader.Depth > maxDepth)
        {
            throw new ExtractionException(string.Create(
                CultureInfo.InvariantCulture,
                $"too deeply nested: {partName} nests elements more than {maxDepth} levels deep"));
        }

        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != XmlnsNamespace)
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
                else if (keepNamespaceDeclarations)
                {
                    element.SetAttributeValue(reader.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + reader.LocalName, reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }
}
