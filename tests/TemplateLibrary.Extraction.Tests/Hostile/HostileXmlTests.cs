using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Hostile;

public sealed class HostileXmlTests : IDisposable
{
    private const string BillionLaughs =
        "<!DOCTYPE w:document [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private const string ExternalEntity = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_BillionLaughsInDocumentXml_FailsWithoutExpanding()
    {
        var path = WriteDocx(BillionLaughs, "&lol9;");

        var exception = Throws(path);

        exception.Message.Should().Be("unsafe content: word/document.xml declares a DTD (XML entities are not allowed)");
    }

    [Fact]
    public void Extract_ExternalEntityInDocumentXml_NeverReadsTarget()
    {
        var path = WriteDocx(ExternalEntity, "&xxe;");

        var exception = Throws(path);

        exception.Message.Should().Contain("DTD").And.NotContain("root:");
    }

    [Fact]
    public void Extract_ExternalEntityInOdtContent_NeverReadsTarget()
    {
        var content = "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:p>&xxe;</text:p></office:text></office:body></office:document-content>";
        var path = folder.File("xxe.odt", ZipBuilder.Odt(content));

        var exception = Throws(path);

        exception.Message.Should().Be("unsafe content: content.xml declares a DTD (XML entities are not allowed)");
    }

    [Fact]
    public void Extract_DeeplyNestedDocxElements_FailsAsTooDeep()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5000)) + "<w:p/>"
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5000));
        var path = folder.PathOf("deep.docx");
        new DocxBuilder { Body = nested }.Write(path);

        Throws(path).Message.Should().StartWith("too deeply nested: word/document.xml nests elements more than");
    }

    [Fact]
    public void Extract_MalformedDocumentXml_FailsAsDamaged()
    {
        var path = folder.PathOf("broken.docx");
        new DocxBuilder { RawDocument = $"<w:document {DocxBuilder.WordNamespaces}><w:body><w:p>" }.Write(path);

        Throws(path).Message.Should().StartWith("truncated or damaged DOCX (malformed XML");
    }

    private string WriteDocx(string doctype, string entityReference)
    {
        var path = folder.PathOf(Guid.NewGuid().ToString("N") + ".docx");
        new DocxBuilder
        {
            RawDocument = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + $"<w:document {DocxBuilder.WordNamespaces}><w:body><w:p><w:r><w:t>{entityReference}</w:t></w:r></w:p></w:body></w:document>",
        }.Write(path);
        return path;
    }

    private static ExtractionException Throws(string path)
    {
        var act = () => Extract.File(path);
        return act.Should().Throw<ExtractionException>().Which;
    }
}
