using System.Xml.Linq;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Odt;

/// <summary>Reads ODF document metadata (meta.xml): title, creator, keywords, dates, user-defined fields.</summary>
internal static class OdtMetaReader
{
    public static DocumentMetadata Read(XElement? documentMeta)
    {
        var meta = documentMeta?.Element(OdfNames.Office + "meta");
        if (meta is null)
        {
            return DocumentMetadata.Empty;
        }

        string? Value(XName name) => TextCleaner.NullIfBlank(meta.Element(name)?.Value);

        var properties = PropertyBag.Create();
        foreach (var field in meta.Elements(OdfNames.Meta + "user-defined"))
        {
            PropertyBag.Add(properties, (string?)field.Attribute(OdfNames.Meta + "name"), field.Value);
        }

        var keywords = meta.Elements(OdfNames.Meta + "keyword")
            .SelectMany(k => TextCleaner.SplitKeywords(k.Value))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new DocumentMetadata
        {
            Title = Value(OdfNames.DublinCore + "title"),
            Author = Value(OdfNames.Meta + "initial-creator") ?? Value(OdfNames.DublinCore + "creator"),
            Subject = Value(OdfNames.DublinCore + "subject") ?? Value(OdfNames.DublinCore + "description"),
            Keywords = keywords,
            Created = DateParsing.Parse(Value(OdfNames.Meta + "creation-date")),
            Modified = DateParsing.Parse(Value(OdfNames.DublinCore + "date")),
            Properties = properties,
        };
    }
}
