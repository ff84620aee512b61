using System.Text;
using System.Xml;
using System.Xml.Linq;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Xml;

namespace TemplateLibrary.Extraction.Templates.Package;

/// <summary>Reads an XML part safely with its namespace prefixes kept, and writes it back.</summary>
internal static class XmlPart
{
    public static XElement Load(byte[] content, string partName, ExtractionLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return SafeXmlLoader.Load(stream, partName, limits.MaxNestingDepth * 4, CancellationToken.None, keepNamespaceDeclarations: true);
        }
        catch (XmlException ex)
        {
            throw new TemplateException($"damaged template: {partName} is not well-formed XML ({ex.Message})", ex);
        }
        catch (ExtractionException ex)
        {
            throw new TemplateException(ex.Message, ex);
        }
    }

    public static byte[] Save(XElement root)
    {
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            NewLineHandling = NewLineHandling.None,
            Indent = false,
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
        }

        return output.ToArray();
    }
}
