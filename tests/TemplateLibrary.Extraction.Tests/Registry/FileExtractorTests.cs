using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Registry;

public sealed class FileExtractorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_ZeroByteFile_FailsAsEmpty()
    {
        var path = folder.File("empty.docx", []);

        Failure(path).Should().Be("empty file");
    }

    [Fact]
    public void Extract_MissingFile_FailsAsNotFound()
    {
        Failure(folder.PathOf("absent.md")).Should().Be("file not found");
    }

    [Fact]
    public void Extract_FileOverSizeLimit_FailsAsTooLarge()
    {
        var path = folder.File("big.txt", new string('a', 2 * 1024 * 1024));

        Failure(path, ExtractionLimits.Default with { MaxFileBytes = 1024 * 1024 }).Should().Be("too large: 2 MB (limit 1 MB)");
    }

    [Fact]
    public void Extract_UnknownExtension_FailsAsUnsupported()
    {
        var path = folder.File("notes.xyz", "plain words");

        Failure(path).Should().Be("unsupported format '.xyz'");
    }

    [Fact]
    public void Extract_PdfBytesNamedDocx_ChoosesPdfByContent()
    {
        var path = folder.File("report.docx", File.ReadAllBytes(TestFiles.Sample("Pdf", "libreoffice-writer.pdf")));

        var document = FileExtractor.CreateDefault().Extract(path, CancellationToken.None);

        document.Format.Should().Be("pdf");
        document.Text.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Extract_PlainTextNamedDocx_FailsAsNotDocx()
    {
        var path = folder.File("letter.docx", "Dear colleague,\nthis is just text.\n");

        Failure(path).Should().Be("not a DOCX file: the content is plain text");
    }

    [Fact]
    public void Extract_RandomBytesNamedDocx_FailsAsNotDocx()
    {
        var bytes = new byte[2048];
        new Random(11).NextBytes(bytes);
        bytes[0] = 0x01;
        var path = folder.File("noise.docx", bytes);

        Failure(path).Should().Be("not a DOCX file: the content is unrecognised binary data");
    }

    [Fact]
    public void Extract_DocxNamedTxt_ChoosesDocxByContent()
    {
        var path = folder.File("mou.txt", File.ReadAllBytes(TestFiles.Sample("Docx", "shared-legal-mou.libreoffice.docx")));

        Extract.File(path).Format.Should().Be("docx");
    }

    [Fact]
    public void Extract_OdtNamedDocx_ChoosesOdtByContent()
    {
        var path = folder.File("mou.docx", File.ReadAllBytes(TestFiles.Sample("Odt", "shared-legal-mou.libreoffice.odt")));

        Extract.File(path).Format.Should().Be("odt");
    }

    [Fact]
    public void Extract_HtmlNamedMd_ChoosesHtmlByContent()
    {
        var path = folder.File("page.md", "\uFEFF  <!DOCTYPE html><html><body><h1>Title</h1><p>Body</p></body></html>");

        var document = Extract.File(path);

        document.Format.Should().Be("html");
        document.Text.Should().Be("Title\n\nBody");
    }

    [Fact]
    public void Extract_OpenDocumentSpreadsheet_FailsAsUnsupportedSpreadsheet()
    {
        var ods = ZipBuilder.Build(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"));
        var path = folder.File("budget.docx", ods);

        Failure(path).Should().Be("unsupported format: OpenDocument spreadsheet (ODS)");
    }

    [Fact]
    public void Extract_XlsxNamedDocx_ChoosesXlsxByContent()
    {
        var path = folder.File("budget.docx", File.ReadAllBytes(TestFiles.Sample("Xlsx", "cost-sharing-model.libreoffice.xlsx")));

        Extract.File(path).Format.Should().Be("xlsx");
    }

    [Fact]
    public void Extract_OtherZipArchive_FailsAsUnsupported()
    {
        var path = folder.File("bundle.zip", ZipBuilder.Build(("readme.txt", "hello")));

        Failure(path).Should().Be("unsupported format: a ZIP archive that is not a DOCX, XLSX, PPTX or ODT document");
    }

    [Fact]
    public void Extract_CancelledToken_ThrowsOperationCanceled()
    {
        var path = folder.File("a.txt", "words");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => FileExtractor.CreateDefault().Extract(path, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Extract_TimeoutElapsed_FailsAsTimedOut()
    {
        var path = folder.File("a.md", "# Heading\n\nwords");

        Failure(path, ExtractionLimits.Default with { Timeout = TimeSpan.Zero }).Should().StartWith("timed out after");
    }

    [Fact]
    public void SupportedExtensions_Default_ListsEveryFormat()
    {
        FileExtractor.CreateDefault().SupportedExtensions.Should().Contain([".docx", ".xlsx", ".pptx", ".odt", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm"]);
    }

    [Fact]
    public void Extract_OleBytesThatAreNoCompoundFile_FailsAsDamaged()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.ASCII.GetBytes("EncryptedPackage")];
        var path = folder.File("secret.docx", bytes);

        Failure(path).Should().Be("damaged Office binary file (no compound file header)");
    }

    private static string Failure(string path, ExtractionLimits? limits = null)
    {
        var act = () => Extract.File(path, limits);
        return act.Should().Throw<ExtractionException>().Which.Message;
    }
}
