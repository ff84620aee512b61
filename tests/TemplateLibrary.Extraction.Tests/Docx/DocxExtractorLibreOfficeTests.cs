using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Docx;

public sealed class DocxExtractorLibreOfficeTests
{
    private static readonly string MouPath = TestFiles.Sample("Docx", "shared-legal-mou.libreoffice.docx");

    [Fact]
    public void Extract_LibreOfficeDocument_ReadsHeadingsWithLevels()
    {
        var document = Extract.File(MouPath);

        document.Format.Should().Be("docx");
        document.Headings.Should().Equal(
            new DocumentHeading(1, "Shared Legal Service Agreement"),
            new DocumentHeading(2, "Scope of the service"),
            new DocumentHeading(2, "Governance steps"),
            new DocumentHeading(2, "Cost sharing"));
    }

    [Fact]
    public void Extract_LibreOfficeDocument_ReadsListsAndTableRows()
    {
        var text = Extract.File(MouPath).Text;

        text.Should().Contain("- Litigation and prosecutions");
        text.Should().Contain("1. Agree the heads of terms");
        text.Should().Contain("2. Approve the business case at cabinet");
        text.Should().Contain("Council | Share | Hours\nNorthmere | 60% | 1200\nEastvale | 40% | 800");
    }

    [Fact]
    public void Extract_LibreOfficeDocument_AppendsFootnoteAndEndnoteAfterBody()
    {
        var text = Extract.File(MouPath).Text;

        var bodyEnd = text.IndexOf("twelve months' notice", StringComparison.Ordinal);
        bodyEnd.Should().BePositive();
        text.IndexOf("Arrangements for the discharge of functions by another authority.", StringComparison.Ordinal).Should().BeGreaterThan(bodyEnd);
        text.IndexOf("Notice runs from the first of April.", StringComparison.Ordinal).Should().BeGreaterThan(bodyEnd);
    }

    [Fact]
    public void Extract_LibreOfficeDocument_ReadsCoreAndCustomProperties()
    {
        var document = Extract.File(MouPath);

        document.Title.Should().Be("Memorandum of Understanding: Shared Legal Service");
        document.Metadata.Author.Should().Be("Northmere District Council");
        document.Metadata.Subject.Should().Be("Lead authority arrangement for legal services");
        document.Metadata.Keywords.Should().Equal("legal", "lead authority", "MOU");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2021, 3, 4, 9, 30, 0, TimeSpan.Zero));
        document.Metadata.Modified.Should().Be(new DateTimeOffset(2022, 6, 1, 14, 0, 0, TimeSpan.Zero));
        document.Metadata.Properties.Should().Contain("category", "legal");
        document.Metadata.Properties.Should().Contain("delivery model", "lead-authority");
    }

    [Fact]
    public void Extract_LibreOfficeHtmlConversion_ReadsHeadingLevelsAndTable()
    {
        var document = Extract.File(TestFiles.Sample("Docx", "council-page.libreoffice.docx"));

        document.Headings.Select(h => (h.Level, h.Text)).Should().Equal(
            (1, "Shared ICT Service"), (2, "Services"), (3, "Contact"));
        document.Text.Should().Contain("Northmere | 55%");
        document.Text.Should().Contain("- Cyber security");
    }
}
