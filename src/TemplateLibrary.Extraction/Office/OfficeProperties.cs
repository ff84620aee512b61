using System.Xml.Linq;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Office;

/// <summary>Reads the core properties (docProps/core.xml) and custom properties (docProps/custom.xml) every Office package carries.</summary>
internal static class OfficeProperties
{
    public static DocumentMetadata Read(XElement? core, XElement? custom)
    {
        var properties = PropertyBag.Create();
        if (custom is not null)
        {
            foreach (var property in custom.Elements().Where(e => e.Name.LocalName == "property"))
            {
                var value = property.Elements().FirstOrDefault()?.Value;
                PropertyBag.Add(properties, property.Attribute("name")?.Value, value);
            }
        }

        if (core is null)
        {
            return new DocumentMetadata { Properties = properties };
        }

        string? Core(string localName) =>
            TextCleaner.NullIfBlank(core.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value);

        return new DocumentMetadata
        {
            Title = Core("title"),
            Author = Core("creator"),
            Subject = Core("subject") ?? Core("description"),
            Keywords = TextCleaner.SplitKeywords(Core("keywords")),
            Created = DateParsing.Parse(Core("created")),
            Modified = DateParsing.Parse(Core("modified")),
            Properties = properties,
        };
    }
}
