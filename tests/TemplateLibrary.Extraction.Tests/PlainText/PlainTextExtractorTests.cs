using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.PlainText;

public sealed class PlainTextExtractorTests : IDisposable
{
    private const string Expected = "Shared waste service – café costs: 5€ per bin\nSecond line: naïve résumé";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("utf8.txt")]
    [InlineData("utf8-bom.txt")]
    [InlineData("utf16le-bom.txt")]
    [InlineData("utf16be-bom.txt")]
    [InlineData("utf32le-bom.txt")]
    [InlineData("windows-1252.txt")]
    public void Extract_KnownEncoding_DecodesText(string fileName)
    {
        var document = Extract.File(TestFiles.Sample("PlainText", fileName));

        document.Format.Should().Be("txt");
        document.Text.Should().Be(Expected);
        document.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Extract_TextFile_TitleIsFirstLineButNotForCsv()
    {
        var text = Extract.File(folder.File("notes.txt", "Waste rota\n\nMonday: north"));
        var csv = Extract.File(folder.File("rota.csv", "day,area\nMonday,north\n"));

        text.Title.Should().Be("Waste rota");
        csv.Title.Should().BeNull();
        csv.Text.Should().Be("day,area\nMonday,north");
    }

    [Fact]
    public void Extract_InvalidUtf8Bytes_ReplacesThemAndWarns()
    {
        var document = Extract.File(TestFiles.Sample("PlainText", "invalid-utf8.txt"));

        document.Text.Should().Be("Café rota – week one\nbad \uFFFD\uFFFD bytes here\nNaïve plan – week two");
        document.Warnings.Should().ContainSingle().Which.Should().Contain("2 bytes");
    }

    [Fact]
    public void Extract_BinaryContentNamedTxt_FailsAsNotText()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = folder.File("data.txt", bytes);

        var act = () => Extract.File(path);

        act.Should().Throw<ExtractionException>().WithMessage("not a text file: looks like binary data");
    }

    [Fact]
    public void Extract_TextLongerThanLimit_TruncatesWithWarning()
    {
        var path = folder.File("long.txt", string.Join("\n\n", Enumerable.Repeat("paragraph of words", 100)));

        var document = Extract.File(path, Core.Extraction.ExtractionLimits.Default with { MaxTextChars = 50 });

        document.Text.Length.Should().Be(50);
        document.Warnings.Should().ContainSingle().Which.Should().StartWith("text truncated at 50");
    }
}
