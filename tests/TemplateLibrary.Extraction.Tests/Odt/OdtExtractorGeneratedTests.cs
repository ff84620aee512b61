using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Odt;

public sealed class OdtExtractorGeneratedTests : IDisposable
{
    private const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_AutomaticStyleDerivedFromTitle_UsesItAsTitle()
    {
        var document = ExtractOdt(
            "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/></office:automatic-styles>",
            "<text:p>Draft</text:p><text:p text:style-name=\"P1\">Joint Procurement Strategy</text:p>");

        document.Title.Should().Be("Joint Procurement Strategy");
    }

    [Fact]
    public void Extract_SpacesTabsBreaksAndTrackedDeletions_ReadsVisibleText()
    {
        var document = ExtractOdt(
            string.Empty,
            "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + "<text:p>Fee<text:s text:c=\"2\"/>due<text:tab/>now<text:line-break/>next line</text:p>");

        document.Text.Should().Be("Fee  due\tnow\nnext line");
    }

    [Fact]
    public void Extract_TextInFrame_ReadsItAfterParagraphWithoutShapeTitles()
    {
        var document = ExtractOdt(
            string.Empty,
            "<text:p>Before<draw:frame><svg:title>Shape title</svg:title><draw:text-box><text:p>Framed note</text:p></draw:text-box></draw:frame></text:p>"
            + "<text:p>After</text:p>");

        document.Text.Should().Be("Before\n\nFramed note\n\nAfter");
    }

    private Core.Documents.ExtractedDocument ExtractOdt(string automaticStyles, string body)
    {
        var content = $"<office:document-content {Namespaces}>{automaticStyles}<office:body><office:text>{body}</office:text></office:body></office:document-content>";
        var path = folder.File(Guid.NewGuid().ToString("N") + ".odt", ZipBuilder.Odt(content));
        return Extract.File(path);
    }
}
