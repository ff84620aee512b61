namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfProducerTests
{
    [Fact]
    public void Extract_LibreOfficeWriter_ReadsTextAndTitle()
    {
        var document = PdfTestRunner.ExtractFile("libreoffice-writer.pdf");
        document.Text.Should().Contain("Shared Legal Service Agreement");
        document.Text.Should().Contain("Northmere District Council and Eastbrook Borough");
        document.Text.Should().Contain("section 101 of the Local\nGovernment Act 1972.");
        document.Metadata.PageCount.Should().Be(1);
    }

    [Fact]
    public void Extract_ChromiumPrintToPdf_ReadsTextAndTitle()
    {
        var document = PdfTestRunner.ExtractFile("chromium-print.pdf");
        document.Text.Should().Contain("Joint Waste Committee");
        document.Text.Should().Contain("The joint committee oversees waste collection for three councils.");
        document.Text.Should().Contain("Café budgets were agreed in 2024 – see the annex.");
        document.Title.Should().Be("Joint Waste Committee");
    }

    [Fact]
    public void Extract_GhostscriptPs2Pdf_ReadsLinesInOrder()
    {
        var document = PdfTestRunner.ExtractFile("ghostscript-ps2pdf.pdf");
        document.Text.Should().Be("Business case for shared revenues and benefits\nThe lead authority model saves money for both councils.");
    }
}
