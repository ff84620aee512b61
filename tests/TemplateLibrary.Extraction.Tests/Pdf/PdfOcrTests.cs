using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Ocr;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public sealed class PdfOcrTests
{
    private static readonly string ScanPath = TestFiles.Sample("Pdf", "counter-fraud-s113-page1.scan.pdf");

    [Fact]
    public void Extract_ScannedPageWithTesseract_ReadsTheSourcePageText()
    {
        Assert.SkipWhen(TesseractOcr.FromPath() is null, "tesseract or pdftoppm is not on the PATH");

        // OCR keeps within the file's time limit; a test run that loads every core must not turn accuracy into timing.
        var scan = Extract.File(ScanPath, ExtractionLimits.Default with { Timeout = TimeSpan.FromMinutes(5) });
        var source = Extract.File(SampleLibrary.File("011-counter-fraud-officers-s113-agreement.pdf")).Pages[0];

        scan.Warnings.Should().ContainSingle().Which.Should().StartWith("OCR text (Tesseract) on page 1, mean word confidence 0.");
        // Measured: word F1 1.000 against the page's own text layer (Tesseract 5.3, eng), mean word confidence 0.95.
        WordF1.Score(scan.Text, source).Should().BeGreaterThanOrEqualTo(0.90);
        scan.Metadata.Properties["ocr"].Should().StartWith("tesseract; page 1; confidence 0.");
    }

    [Fact]
    public void Extract_ScannedPageWithoutOcr_IndexedWithScannedWarning()
    {
        var document = FileExtractor.CreateDefault(ocr: false).Extract(ScanPath, CancellationToken.None);

        document.Text.Should().BeEmpty();
        document.Warnings.Should().Equal("scanned, no text layer: page 1 (install tesseract-ocr to read them)");
        document.Metadata.Properties.Should().NotContainKey("ocr");
    }

    [Fact]
    public void Parse_TesseractTsv_GroupsLinesAndParagraphsAndAveragesConfidence()
    {
        const string Tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96.5\tShared\n"
            + "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t93.5\tservice\n"
            + "5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t90\tagreement\n"
            + "5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t80\tSchedule\n"
            + "5\t1\t2\t1\t1\t2\t0\t0\t10\t10\t-1\t \n";

        var page = TesseractTsv.Parse(Tsv);

        page.Text.Should().Be("Shared service\nagreement\n\nSchedule");
        page.Words.Should().Be(4);
        page.Confidence.Should().Be(0.9);
    }
}
