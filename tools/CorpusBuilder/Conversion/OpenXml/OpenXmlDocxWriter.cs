using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Conversion.OpenXml;

/// <summary>Writes a DOCX straight from the Markdown, with core properties and, for odd numbers, custom properties.</summary>
internal static class OpenXmlDocxWriter
{
    private const string CustomPropertiesFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>Returns the DOCX bytes for <paramref name="document"/>.</summary>
    public static byte[] Write(SourceDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WritePart(main.AddNewPart<StyleDefinitionsPart>(), DocxStyles.Xml);

            var numbering = new DocxNumbering();
            var markdown = Markdown.Parse(document.Body, MarkdownPipelineFactory.Pipeline);
            var body = new Body(new DocxBodyBuilder(numbering).Build(markdown));
            var section = new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 709, Footer = 709 });
            if (document.Number % 3 == 0)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
                    new Run(new RunProperties(new Color { Val = "6B7B8C" }, new FontSize { Val = "16" }),
                        new Text($"OFFICIAL | {HtmlPageRenderer.Author(document)}"))));
                section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            body.Append(section);
            main.Document = new Document(body);
            if (numbering.IsUsed)
            {
                WritePart(main.AddNewPart<NumberingDefinitionsPart>(), numbering.ToXml());
            }

            SetCoreProperties(package, document);
            if (document.Number % 2 == 1)
            {
                AddCustomProperties(package, document);
            }
        }

        return stream.ToArray();
    }

    private static void SetCoreProperties(WordprocessingDocument package, SourceDocument document)
    {
        var date = ReproducibleDates.For(document);
        var properties = package.PackageProperties;
        properties.Title = document.Title;
        properties.Creator = HtmlPageRenderer.Author(document);
        properties.Keywords = HtmlPageRenderer.Keywords(document);
        properties.Subject = Taxonomy.CategoryLabels[document.PrimaryCategory];
        properties.Description = document.Summary;
        properties.Language = "en-GB";
        properties.Created = date;
        properties.Modified = date;
        properties.LastModifiedBy = "Shared Services Partnership";
    }

    private static void AddCustomProperties(WordprocessingDocument package, SourceDocument document)
    {
        var part = package.AddCustomFilePropertiesPart();
        var properties = new Properties();
        var id = 2;
        foreach (var (name, value) in new[] { ("category", string.Join("; ", document.Categories)), ("model", document.Model), ("type", document.Type) })
        {
            properties.Append(new CustomDocumentProperty(new VTLPWSTR(value)) { FormatId = CustomPropertiesFormatId, PropertyId = id++, Name = name });
        }

        part.Properties = properties;
    }

    private static void WritePart(OpenXmlPart part, string xml)
    {
        using var output = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(output);
        writer.Write(xml);
    }
}
