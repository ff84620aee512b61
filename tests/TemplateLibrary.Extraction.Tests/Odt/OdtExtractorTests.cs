using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Odt;

public sealed class OdtExtractorTests
{
    private static readonly string MouPath = TestFiles.Sample("Odt", "shared-legal-mou.libreoffice.odt");

    [Fact]
    public void Extract_LibreOfficeOdt_ReadsHeadingsWithOutlineLevels()
    {
        var document = Extract.File(MouPath);

        document.Format.Should().Be("odt");
        document.Headings.Should().Equal(
            new DocumentHeading(1, "Shared Legal Service Agreement"),
            new DocumentHeading(2, "Scope of the service"),
            new DocumentHeading(2, "Governance steps"),
            new DocumentHeading(2, "Cost sharing"));
    }

    [Fact]
    public void Extract_LibreOfficeOdt_ReadsListsTablesAndNotesInOrder()
    {
        var text = Extract.File(MouPath).Text;

        text.Should().Contain("- Litigation and prosecutions\n- Property and conveyancing\n- Contracts and procurement advice");
        text.Should().Contain("Council | Share | Hours\nNorthmere | 60% | 1200\nEastvale | 40% | 800");
        text.Should().Contain("Local Government Act 1972.");
        var bodyEnd = text.IndexOf("twelve months' notice", StringComparison.Ordinal);
        text.IndexOf("Arrangements for the discharge of functions", StringComparison.Ordinal).Should().BeGreaterThan(bodyEnd);
        text.IndexOf("Notice runs from the first of April.", StringComparison.Ordinal).Should().BeGreaterThan(bodyEnd);
    }

    [Fact]
    public void Extract_LibreOfficeOdt_ReadsMetaAndUserDefinedFields()
    {
        var document = Extract.File(MouPath);

        document.Title.Should().Be("Memorandum of Understanding: Shared Legal Service");
        document.Metadata.Author.Should().Be("Northmere District Council");
        document.Metadata.Subject.Should().Be("Lead authority arrangement for legal services");
        document.Metadata.Keywords.Should().Equal("legal", "lead authority", "MOU");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2021, 3, 4, 9, 30, 0, TimeSpan.Zero));
        document.Metadata.Properties.Should().Contain("category", "legal").And.Contain("delivery model", "lead-authority");
    }
}
