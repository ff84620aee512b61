using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Pptx;

public sealed class PptxExtractorTests : IDisposable
{
    private static readonly string BriefingPath = TestFiles.Sample("Pptx", "committee-briefing.libreoffice.pptx");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_LibreOfficeDeck_ReadsSlidesTablesAndNotesInOrder()
    {
        var document = Extract.File(BriefingPath);

        document.Format.Should().Be("pptx");
        document.Title.Should().Be("Shared Waste Service: Committee Briefing");
        document.Metadata.PageCount.Should().Be(2);
        document.Text.Should().Be(
            "Why share the waste service\n\n"
            + "One depot for Northmere and Eastvale\nSavings of 12% a year from the second year\n\n"
            + "Remind members that the joint committee meets in March.\n\n"
            + "Cost shares\n\n"
            + "Council | Share\nNorthmere | 55%\nEastvale | 45%");
    }

    [Fact]
    public void Extract_TitlePlaceholders_BecomeHeadingsInSlideListOrder()
    {
        var path = folder.File("deck.pptx", PptxBuilder.Build(
            PptxBuilder.Shape("ctrTitle", "Shared ICT Service") + PptxBuilder.Shape("subTitle", "Business case"),
            PptxBuilder.Shape(null, "Three councils, one service desk") + PptxBuilder.Shape("title", "Options")));

        var document = Extract.File(path);

        document.Headings.Should().Equal(new DocumentHeading(1, "Shared ICT Service"), new DocumentHeading(1, "Options"));
        document.Text.Should().Be("Shared ICT Service\n\nBusiness case\n\nOptions\n\nThree councils, one service desk");
        document.Title.Should().Be("Shared ICT Service");
    }

    [Fact]
    public void Extract_GroupedShapes_ReadInDrawingOrder()
    {
        var group = "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"3\" name=\"g\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            + PptxBuilder.Shape(null, "Inside the group") + "</p:grpSp>";
        var path = folder.File("group.pptx", PptxBuilder.Build(PptxBuilder.Shape(null, "Before") + group + PptxBuilder.Shape(null, "After")));

        Extract.File(path).Text.Should().Be("Before\n\nInside the group\n\nAfter");
    }

    [Fact]
    public void Extract_DtdInSlide_FailsAsUnsafe()
    {
        var deck = PptxBuilder.Build(PptxBuilder.Shape(null, "x"));
        var hostile = ZipBuilder.Build(
            [.. ZipEntries(deck).Select(e => e.Name == "ppt/slides/slide1.xml"
                ? (e.Name, "<!DOCTYPE p:sld [<!ENTITY x \"y\">]>" + e.Content)
                : e)]);
        var path = folder.File("hostile.pptx", hostile);

        var act = () => Extract.File(path);

        act.Should().Throw<ExtractionException>().Which.Message
            .Should().Be("unsafe content: ppt/slides/slide1.xml declares a DTD (XML entities are not allowed)");
    }

    private static List<(string Name, string Content)> ZipEntries(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return [.. archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return (e.FullName, reader.ReadToEnd());
        })];
    }
}
