using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Writes DOCX files with the Open XML SDK from WordprocessingML fragments, for tests.</summary>
internal sealed class DocxBuilder
{
    public const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    public string Body { get; init; } = "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>";

    public string? Styles { get; init; }

    public string? Numbering { get; init; }

    public string? Footnotes { get; init; }

    public string? Endnotes { get; init; }

    public string? Title { get; init; }

    public string? Creator { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public DateTime? Created { get; init; }

    public IReadOnlyDictionary<string, string> CustomProperties { get; init; } = new Dictionary<string, string>();

    /// <summary>The raw main part, when a test needs a prolog (DTD) or markup the wrapper would break.</summary>
    public string? RawDocument { get; init; }

    public void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        Feed(main, RawDocument ?? $"<w:document {WordNamespaces}><w:body>{Body}</w:body></w:document>");
        if (Styles is not null)
        {
            Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {WordNamespaces}>{Styles}</w:styles>");
        }

        if (Numbering is not null)
        {
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {WordNamespaces}>{Numbering}</w:numbering>");
        }

        if (Footnotes is not null)
        {
            Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {WordNamespaces}>{Footnotes}</w:footnotes>");
        }

        if (Endnotes is not null)
        {
            Feed(main.AddNewPart<EndnotesPart>(), $"<w:endnotes {WordNamespaces}>{Endnotes}</w:endnotes>");
        }

        document.PackageProperties.Title = Title;
        document.PackageProperties.Creator = Creator;
        document.PackageProperties.Subject = Subject;
        document.PackageProperties.Keywords = Keywords;
        document.PackageProperties.Created = Created;
        if (CustomProperties.Count > 0)
        {
            var xml = new StringBuilder(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
            var id = 2;
            foreach (var (name, value) in CustomProperties)
            {
                xml.Append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").Append(id++)
                    .Append("\" name=\"").Append(name).Append("\"><vt:lpwstr>").Append(value).Append("</vt:lpwstr></property>");
            }

            Feed(document.AddCustomFilePropertiesPart(), xml.Append("</Properties>").ToString());
        }
    }

    /// <summary>A paragraph with the given style id and text.</summary>
    public static string Paragraph(string text, string? styleId = null) =>
        $"<w:p>{(styleId is null ? string.Empty : $"<w:pPr><w:pStyle w:val=\"{styleId}\"/></w:pPr>")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
