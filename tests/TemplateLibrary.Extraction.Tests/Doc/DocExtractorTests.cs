using System.Text;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Common;
using TemplateLibrary.Extraction.Doc;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Doc;

public sealed class DocExtractorTests : IDisposable
{
    private static readonly string MouPath = TestFiles.Sample("Doc", "shared-legal-mou.libreoffice.doc");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_LibreOfficeDoc_ReadsParagraphsTableAndNotesInOrder()
    {
        var document = Extract.File(MouPath);

        document.Format.Should().Be("doc");
        document.Text.Should().StartWith("Shared Legal Service Agreement\n\nThis memorandum records how Northmere District Council")
            .And.Contain("Council | Share | Hours\nNorthmere | 60% | 1200\nEastvale | 40% | 800")
            .And.EndWith("Arrangements for the discharge of functions by another authority.\n\n\tNotice runs from the first of April.");
    }

    [Fact]
    public void Extract_UnicodePieces_ReadsEveryScript()
    {
        var text = Extract.File(TestFiles.Sample("Doc", "mixed-scripts.libreoffice.doc")).Text;

        text.Should().Be("Článek 1: Sdílená právní služba (Czech twin town agreement).\n\nΕλληνικά and Ŵrecsam appear beside plain English words.");
    }

    [Theory]
    [InlineData("114-joint-parking-board-terms-of-reference")]
    [InlineData("118-food-safety-secondment-mou")]
    [InlineData("126-shared-head-of-legal-s113-template")]
    public void Extract_SampleLibraryDocSavedByLibreOffice_MatchesItsDocx(string name)
    {
        var doc = Extract.File(TestFiles.Sample("Doc", name + ".libreoffice.doc")).Text;
        var docx = Extract.File(SampleLibrary.File(name + ".docx")).Text;

        WordF1.Score(doc, docx).Should().BeGreaterThanOrEqualTo(0.97);
    }

    [Fact]
    public void Read_CompressedPiece_DecodesWindows1252()
    {
        // The same document text stored as one 8-bit piece, as Word writes text that fits Windows-1252.
        const string Words = "Café – the “shared” service\r";
        var stream = new byte[64 + Words.Length];
        TextDecoding.FromLabel("windows-1252")!.GetBytes(Words).CopyTo(stream, 64);

        ReadPieces(stream, [new WordPiece(0, Words.Length, 64, Compressed: true)], Words.Length)
            .Should().Be("Café – the “shared” service");
    }

    [Fact]
    public void Read_Fields_KeepResultsAndDropCodes()
    {
        const string Words = "See \u0013 HYPERLINK \"https://example.org\" \u0014the guidance\u0015 and \u0013 PAGE \u0015page.\r";
        var stream = Encoding.Unicode.GetBytes(Words);

        ReadPieces(stream, [new WordPiece(0, Words.Length, 0, Compressed: false)], Words.Length).Should().Be("See the guidance and page.");
    }

    [Fact]
    public void Read_PiecesOutOfStreamOrder_FollowCharacterPositions()
    {
        var stream = Encoding.Unicode.GetBytes("world.\rHello ");

        ReadPieces(stream, [new WordPiece(0, 6, 14, false), new WordPiece(6, 13, 0, false)], 13).Should().Be("Hello world.");
    }

    [Fact]
    public void Extract_OldExcelFile_FailsWithAdvice()
    {
        var act = () => Extract.File(TestFiles.Sample("Doc", "cost-sharing-model.libreoffice.xls"));

        act.Should().Throw<ExtractionException>().Which.Message.Should().Be("unsupported format: old binary Excel file (.xls); save it as XLSX");
    }

    [Fact]
    public void Extract_TruncatedDoc_FailsAsDamaged()
    {
        var bytes = File.ReadAllBytes(MouPath)[..4000];

        var act = () => Extract.File(folder.File("cut.doc", bytes));

        act.Should().Throw<ExtractionException>().Which.Message.Should().StartWith("damaged Office binary file (");
    }

    [Fact]
    public void Extract_SectorChainLoop_FailsInsteadOfLooping()
    {
        var bytes = File.ReadAllBytes(MouPath);
        // Point the first directory sector's FAT entry at itself.
        var firstDirectorySector = BitConverter.ToInt32(bytes, 0x30);
        var firstFatSector = BitConverter.ToInt32(bytes, 0x4C);
        BitConverter.TryWriteBytes(bytes.AsSpan(((firstFatSector + 1) * 512) + (firstDirectorySector * 4), 4), firstDirectorySector);

        var act = () => Extract.File(folder.File("loop.doc", bytes));

        act.Should().Throw<ExtractionException>().Which.Message.Should().Be("damaged Office binary file (a sector chain loops)");
    }

    private static string ReadPieces(byte[] stream, List<WordPiece> pieces, int length)
    {
        var output = new TextAccumulator(10_000, CancellationToken.None);
        var builder = new FlowTextBuilder(output);
        new WordTextReader(stream, pieces, builder, CancellationToken.None).Read(0, length, asNotes: false);
        builder.Finish();
        return output.Text;
    }
}
