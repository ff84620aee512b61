using System.Text;
using TemplateLibrary.Extraction.Pdf.Filters;
using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfFilterTests
{
    [Fact]
    public void Decode_LzwSpecExample_ReturnsOriginal()
    {
        // The example of the PDF specification (7.4.4.2): "-----A---B".
        var encoded = new byte[] { 0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01 };
        Decode("/LZWDecode", encoded).Should().Be("-----A---B");
    }

    [Fact]
    public void Decode_AsciiHexWithOddDigitAndSpaces_ReturnsBytes()
    {
        Decode("/ASCIIHexDecode", Encoding.ASCII.GetBytes("48 65 6c6C 6F2>")).Should().Be("Hello ");
    }

    [Fact]
    public void Decode_Ascii85_ReturnsOriginal()
    {
        // "Man is d" in Ascii85 is "9jqo^BlbD-".
        Decode("/ASCII85Decode", Encoding.ASCII.GetBytes("<~9jqo^BlbD-~>")).Should().Be("Man is d");
    }

    [Fact]
    public void Decode_RunLength_ExpandsRunsAndLiterals()
    {
        var encoded = new byte[] { 2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128 };
        Decode("/RunLengthDecode", encoded).Should().Be("abcxxx");
    }

    [Fact]
    public void Decode_FlateChainedWithAsciiHex_AppliesBothInOrder()
    {
        var deflated = TestPdfBuilder.Deflate(Encoding.ASCII.GetBytes("chained filters"));
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(deflated) + ">");
        Decode("[/ASCIIHexDecode /FlateDecode]", hex).Should().Be("chained filters");
    }

    [Fact]
    public void Decode_FlateWithCorruptTail_KeepsDecodedPrefix()
    {
        var text = string.Concat(Enumerable.Repeat("council shared services ", 200));
        var deflated = TestPdfBuilder.Deflate(Encoding.ASCII.GetBytes(text));
        var damaged = deflated[..(deflated.Length / 2)];
        Decode("/FlateDecode", damaged).Should().NotBeEmpty().And.Match(s => text.StartsWith(s, StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_PngUpPredictor_RestoresRows()
    {
        var rows = new byte[] { 2, 1, 2, 3, 2, 1, 1, 1 };
        var stream = Stream("/FlateDecode", TestPdfBuilder.Deflate(rows), "<< /Predictor 12 /Columns 3 >>");
        FilterPipeline.Decode(stream, 1000, CancellationToken.None).Should().Equal(1, 2, 3, 2, 3, 4);
    }

    [Fact]
    public void Decode_ImageFilter_IsSkipped()
    {
        Decode("/DCTDecode", [0xFF, 0xD8, 0xFF]).Should().BeEmpty();
    }

    [Fact]
    public void Decode_OverBudget_StopsAtTheLimit()
    {
        var deflated = TestPdfBuilder.Deflate(new byte[100_000]);
        var stream = Stream("/FlateDecode", deflated, null);
        FilterPipeline.Decode(stream, 1000, CancellationToken.None).Length.Should().Be(1000);
    }

    private static string Decode(string filter, byte[] data) =>
        Encoding.Latin1.GetString(FilterPipeline.Decode(Stream(filter, data, null), 1_000_000, CancellationToken.None));

    private static PdfStream Stream(string filter, byte[] data, string? parameters)
    {
        var source = $"<< /Filter {filter} {(parameters is null ? string.Empty : "/DecodeParms " + parameters)} >>";
        var lexer = new TemplateLibrary.Extraction.Pdf.Parsing.PdfLexer(Encoding.Latin1.GetBytes(source), 16);
        return new PdfStream((PdfDictionary)lexer.ReadObject()!, data);
    }
}
