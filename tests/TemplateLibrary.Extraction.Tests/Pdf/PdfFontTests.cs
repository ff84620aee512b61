using System.Globalization;
using System.Text;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfFontTests
{
    [Fact]
    public void Extract_WinAnsiEncoding_MapsUpperHalf()
    {
        var text = Run("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "(Caf\\351 \\200 5 \\226 \\223quoted\\224)");
        text.Should().Be("Café € 5 – “quoted”");
    }

    [Fact]
    public void Extract_MacRomanEncoding_MapsUpperHalf()
    {
        Run("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>", "(Caf\\216)").Should().Be("Café");
    }

    [Fact]
    public void Extract_StandardEncodingDefault_MapsQuoteRight()
    {
        Run("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>", "(council\\47s)").Should().Be("council’s");
    }

    [Fact]
    public void Extract_DifferencesWithGlyphNames_UsesTheGlyphList()
    {
        var font = "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Custom /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding "
            + "/Differences [1 /fi /uni20AC /u1F600 /Euro /eacute /f_f /g66] >> /FirstChar 1 /LastChar 7 /Widths [556 556 556 556 556 556 556] >>";
        Run(font, "(\\001nd \\002 \\003 \\004 \\005 o\\006er \\007)").Should().Be("find € 😀 € é offer B");
    }

    [Fact]
    public void Extract_ToUnicodeWithBfcharAndBfrangeArrays_MapsCodes()
    {
        var cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <00> <FF> endcodespacerange
            2 beginbfchar <01> <0066006C> <02> <D83DDE00> endbfchar
            2 beginbfrange <10> <12> <0041> <20> <21> [<0078> <00790079>] endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end
            """;
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var toUnicode = builder.AddFlateStream(string.Empty, cmap);
        var font = builder.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Arial /FirstChar 0 /LastChar 255 /ToUnicode {toUnicode} 0 R >>");
        var content = builder.AddStream(string.Empty, "BT /F1 12 Tf 72 700 Td <01 02 10 11 12 20 21> Tj ET");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Text.Should().Be("fl😀ABCxyy");
    }

    [Fact]
    public void Extract_Type0IdentityHWithWidths_MapsCidsAndSpacesWords()
    {
        var cmap = """
            begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 beginbfrange <0001> <001A> <0061> endbfrange endcmap
            """;
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var toUnicode = builder.AddStream(string.Empty, cmap);
        var descendant = builder.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Noto /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [1 [500 500 500] 4 26 500] >>");
        var font = builder.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Noto /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R >>");
        // "joint" then a gap of 600 thousandths, then "panel".
        var content = builder.AddStream(string.Empty, "BT /F1 10 Tf 72 700 Td [<000A000F0009000E0014> -600 <00100001000E0005000C>] TJ ET");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Text.Should().Be("joint panel");
    }

    [Fact]
    public void Extract_Type3Font_UsesEncodingAndFontMatrix()
    {
        var builder = new TestPdfBuilder();
        var catalog = builder.Reserve();
        var pages = builder.Reserve();
        var glyph = builder.AddStream(string.Empty, "500 0 d0");
        var font = builder.Add($"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a {glyph} 0 R /b {glyph} 0 R >> "
            + "/Encoding << /Type /Encoding /Differences [65 /a /b] >> /FirstChar 65 /LastChar 66 /Widths [500 500] >>");
        var content = builder.AddStream(string.Empty, "BT /F1 12 Tf 72 700 Td (ABBA) Tj ET");
        var page = builder.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        builder.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        builder.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        PdfTestRunner.Extract(builder.Build(catalog)).Text.Should().Be("abba");
    }

    [Fact]
    public void Extract_StandardFontWithoutWidths_FindsWordGapsFromMetrics()
    {
        // Words placed one by one, as some producers do: each gap is a real space in Helvetica metrics.
        var x = 72.0;
        var content = new StringBuilder("BT /F1 10 Tf ");
        foreach (var word in new[] { "revenues", "and", "benefits" })
        {
            content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {x} 700 Tm ({word}) Tj ");
            x += (word.Length * 5.6) + 4;
        }

        content.Append("ET");
        Run("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", content.ToString(), raw: true).Should().Be("revenues and benefits");
    }

    [Fact]
    public void Extract_ZapfDingbats_MapsToDingbatsBlock()
    {
        Run("<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>", "(4 3 H)").Should().Be("✔ ✓ ★");
    }

    [Fact]
    public void Extract_ActualText_ReplacesTheGlyphs()
    {
        var content = "BT /F1 12 Tf 72 700 Td (Shared ) Tj /Span << /ActualText (service) >> BDC (s\\351rv) Tj EMC ET";
        Run(TestPdfsHelvetica, content, raw: true).Should().Be("Shared service");
    }

    private const string TestPdfsHelvetica = TestPdfs.Helvetica;

    private static string Run(string font, string operand, bool raw = false)
    {
        var content = raw ? operand : $"BT /F1 12 Tf 72 700 Td {operand} Tj ET";
        return PdfTestRunner.Extract(TestPdfs.Simple(content, new Dictionary<string, string> { ["F1"] = font })).Text;
    }
}
