using System.Text;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfStructureTests
{
    private const string Hello = "BT /F1 12 Tf 72 700 Td (Shared legal service) Tj ET";

    [Fact]
    public void Extract_ClassicXrefTable_ReadsText()
    {
        PdfTestRunner.Extract(TestPdfs.Simple(Hello)).Text.Should().Be("Shared legal service");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_XrefStream_ReadsText(bool predictor)
    {
        var (builder, root) = TestPdfs.OnePage(Hello);
        var document = PdfTestRunner.Extract(builder.BuildWithXrefStream(root, predictor));
        document.Text.Should().Be("Shared legal service");
        document.Warnings.Should().NotContain(w => w.Contains("recovered", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ObjectStreamsFile_ReadsText()
    {
        PdfTestRunner.ExtractFile("qpdf-object-streams.pdf").Text.Should().Contain("lead authority model");
    }

    [Fact]
    public void Extract_IncrementalUpdate_UsesTheNewestRevision()
    {
        var (builder, root) = TestPdfs.OnePage("BT /F1 12 Tf 72 700 Td (Old wording) Tj ET", compress: false);
        var original = builder.Build(root);
        var content = "BT /F1 12 Tf 72 700 Td (New wording) Tj ET";
        // Object 4 is the page's content stream in TestPdfs.OnePage (catalog, pages, font, contents, page).
        var updated = TestPdfBuilder.AppendUpdate(original, root, 6, new Dictionary<int, string>
        {
            [4] = $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        });
        PdfTestRunner.Extract(updated).Text.Should().Be("New wording");
    }

    [Fact]
    public void Extract_WrongXrefOffsets_RecoversByScanning()
    {
        var (builder, root) = TestPdfs.OnePage(Hello);
        var document = PdfTestRunner.Extract(builder.Build(root, shiftOffsets: 7));
        document.Text.Should().Be("Shared legal service");
    }

    [Fact]
    public void Extract_MissingXref_RecoversByScanning()
    {
        var (builder, root) = TestPdfs.OnePage(Hello);
        var document = PdfTestRunner.Extract(builder.Build(root, omitXref: true));
        document.Text.Should().Be("Shared legal service");
        document.Warnings.Should().Contain(w => w.Contains("recovered", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CatalogLostAndNoXref_FindsPagesByScanning()
    {
        var (builder, root) = TestPdfs.OnePage(Hello);
        builder.Set(root, "(the catalog was overwritten)");
        PdfTestRunner.Extract(builder.Build(root, omitXref: true)).Text.Should().Be("Shared legal service");
    }

    [Fact]
    public void Extract_StreamLengthLies_FindsEndstream()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var font = builder.Add(TestPdfs.Helvetica);
        var contents = builder.AddStream(string.Empty, Encoding.ASCII.GetBytes(Hello), lengthOverride: "5");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Text.Should().Be("Shared legal service");
    }

    [Fact]
    public void Extract_PageTreeCycleAndInheritedResources_ReadsEachPageOnce()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var font = builder.Add(TestPdfs.Helvetica);
        var contents = builder.AddFlateStream(string.Empty, Hello);
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /Contents {contents} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        // The tree lists itself as a kid: a cycle that must not loop.
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R {pages} 0 R] /Count 1 /Resources << /Font << /F1 {font} 0 R >> >> /MediaBox [0 0 612 792] >>");
        var document = PdfTestRunner.Extract(builder.Build(catalog));
        document.Pages.Should().HaveCount(1);
        document.Text.Should().Be("Shared legal service");
    }

    [Fact]
    public void Extract_FormXObjectDrawingItself_StopsTheCycle()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var font = builder.Add(TestPdfs.Helvetica);
        var form = builder.Reserve();
        var formContent = "BT /F1 12 Tf 72 700 Td (Inside the form) Tj ET /Fm1 Do";
        builder.Set(form, $"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> /XObject << /Fm1 {form} 0 R >> >> /Length {formContent.Length} >>\nstream\n{formContent}\nendstream");
        var contents = builder.AddStream(string.Empty, "/Fm1 Do");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Fm1 {form} 0 R >> >> /Contents {contents} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Text.Should().Be("Inside the form");
    }

    [Fact]
    public void Extract_ReferenceCycle_DoesNotHang()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var a = builder.Reserve();
        var b = builder.Reserve();
        builder.Set(a, $"{b} 0 R");
        builder.Set(b, $"{a} 0 R");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {a} 0 R >>");
        var act = () => PdfTestRunner.Extract(builder.Build(catalog));
        act.Should().Throw<ExtractionException>().WithMessage("*no pages*");
    }

    [Fact]
    public void Extract_NotAPdf_FailsWithReason()
    {
        var act = () => PdfTestRunner.Extract(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not really a pdf at all"));
        act.Should().Throw<ExtractionException>().WithMessage("not a PDF: no objects found");
    }

    [Fact]
    public void Extract_TruncatedFile_FailsWithTruncatedReason()
    {
        var (builder, root) = TestPdfs.OnePage(Hello);
        var bytes = builder.Build(root);
        var act = () => PdfTestRunner.Extract(bytes[..60]);
        act.Should().Throw<ExtractionException>().Which.Message.Should().MatchRegex("^(truncated|not a PDF)");
    }

    [Fact]
    public void Extract_BytesBeforeHeader_AreIgnored()
    {
        var pdf = TestPdfs.Simple(Hello);
        var prefixed = Encoding.ASCII.GetBytes("junk before the header\n").Concat(pdf).ToArray();
        var document = PdfTestRunner.Extract(prefixed);
        document.Text.Should().Be("Shared legal service");
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Sniff_PdfHeader_IsRecognised()
    {
        var extractor = new TemplateLibrary.Extraction.Pdf.PdfExtractor();
        extractor.Sniff("%PDF-1.7\n"u8).Should().BeTrue();
        extractor.Sniff("PK\u0003\u0004"u8).Should().BeFalse();
        extractor.Format.Should().Be("pdf");
        extractor.Extensions.Should().Contain(".pdf");
    }
}
