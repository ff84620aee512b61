using System.Text;
using TemplateLibrary.Core.Extraction;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfMetadataTests
{
    [Fact]
    public void Extract_InfoDictionary_FillsMetadata()
    {
        var (builder, root) = TestPdfs.OnePage("BT /F1 12 Tf 72 700 Td (Body) Tj ET");
        var info = builder.Add("<< /Title (Shared ICT Strategy) /Author <FEFF004A006F00200053006D006900740068> /Subject (ICT) /Keywords (ict, shared; digital) "
            + "/CreationDate (D:20230415103000+01'00') /ModDate (D:2024) >>");
        var document = PdfTestRunner.Extract(builder.Build(root, info));
        document.Title.Should().Be("Shared ICT Strategy");
        document.Metadata.Author.Should().Be("Jo Smith");
        document.Metadata.Subject.Should().Be("ICT");
        document.Metadata.Keywords.Should().Equal("ict", "shared", "digital");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2023, 4, 15, 10, 30, 0, TimeSpan.FromHours(1)));
        document.Metadata.Modified!.Value.Year.Should().Be(2024);
        document.Metadata.PageCount.Should().Be(1);
    }

    [Fact]
    public void Extract_XmpOnly_TakesTitleFromXmp()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var xmp = builder.AddStream("/Type /Metadata /Subtype /XML", "<x:xmpmeta><rdf:RDF><rdf:Description><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Waste Partnership MOU</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R /Metadata {xmp} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Title.Should().Be("Waste Partnership MOU");
    }

    [Fact]
    public void Extract_PageWithoutText_WarnsNoTextLayer()
    {
        var document = PdfTestRunner.Extract(TestPdfs.Simple("q 100 0 0 100 0 0 cm 0 0 1 1 re f Q"));
        document.Text.Should().BeEmpty();
        document.Warnings.Should().Contain("page 1: no text layer");
    }

    [Fact]
    public void Extract_TwoPages_KeepsPageTextApartAndJoinsWithBlankLine()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var font = builder.Add(TestPdfs.Helvetica);
        var first = builder.AddStream(string.Empty, "BT /F1 12 Tf 72 700 Td (Page one) Tj ET");
        var second = builder.AddStream(string.Empty, "BT /F1 12 Tf 72 700 Td (Page two) Tj ET");
        var page1 = builder.Add($"<< /Type /Page /Parent {pages} 0 R /Contents {first} 0 R >>");
        var page2 = builder.Add($"<< /Type /Page /Parent {pages} 0 R /Contents [{second} 0 R] >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page1} 0 R {page2} 0 R] /Count 2 /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> >>");
        var document = PdfTestRunner.Extract(builder.Build(catalog));
        document.Pages.Should().Equal("Page one", "Page two");
        document.Text.Should().Be("Page one\n\nPage two");
    }

    [Fact]
    public void Extract_TextLimit_TruncatesAndWarns()
    {
        var limits = ExtractionLimits.Default with { MaxTextChars = 5 };
        var document = PdfTestRunner.Extract(TestPdfs.Simple("BT /F1 12 Tf 72 700 Td (Shared legal service) Tj ET"), limits);
        document.Text.Length.Should().BeLessThanOrEqualTo(5);
        document.Warnings.Should().Contain(w => w.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CancelledToken_StopsWithCancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var pdf = TestPdfs.Simple("BT /F1 12 Tf 72 700 Td (Body) Tj ET");
        var act = () => PdfTestRunner.Extract(pdf, cancellationToken: source.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Extract_DecompressionBomb_StaysWithinTheLimit()
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 700 Td (Start) Tj ET\n");
        content.Append(' ', 2_000_000);
        var limits = ExtractionLimits.Default with { MaxDecompressedBytes = 100_000 };
        var document = PdfTestRunner.Extract(TestPdfs.Simple(content.ToString()), limits);
        document.Text.Should().Be("Start");
        document.Warnings.Should().Contain(w => w.Contains("limit", StringComparison.Ordinal));
    }
}
