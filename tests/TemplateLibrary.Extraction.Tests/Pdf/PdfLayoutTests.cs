namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfLayoutTests
{
    [Fact]
    public void Extract_KerningInsideWordAndGapBetweenWords_SpacesOnlyTheGap()
    {
        var text = Extract("BT /F1 12 Tf 72 700 Td [(Sha) -20 (red) -600 (legal)] TJ ET");
        text.Should().Be("Shared legal");
    }

    [Fact]
    public void Extract_TextDrawnTwiceForBold_KeepsOneCopy()
    {
        var text = Extract("BT /F1 12 Tf 1 0 0 1 72 700 Tm (Heading) Tj 1 0 0 1 72.4 700 Tm (Heading) Tj ET");
        text.Should().Be("Heading");
    }

    [Fact]
    public void Extract_HyphenatedLineEnd_JoinsTheWord()
    {
        var text = Extract("BT /F1 12 Tf 14 TL 72 700 Td (The agree-) Tj T* (ment was signed.) Tj ET");
        text.Should().Be("The agreement was signed.");
    }

    [Fact]
    public void Extract_LinesWithOperatorsQuoteAndDoubleQuote_BreakLines()
    {
        var text = Extract("BT /F1 12 Tf 14 TL 72 700 Td (First line) Tj (Second line) ' 1 0 (Third line) \" ET");
        text.Should().Be("First line\nSecond line\nThird line");
    }

    [Fact]
    public void Extract_PiecesDrawnOutOfOrder_AreSortedAlongTheLine()
    {
        var text = Extract("BT /F1 12 Tf 1 0 0 1 101 700 Tm (committee) Tj 1 0 0 1 72 700 Tm (Joint) Tj ET");
        text.Should().Be("Joint committee");
    }

    [Fact]
    public void Extract_RotatedText_ReadsAlongItsDirection()
    {
        var text = Extract("BT /F1 12 Tf 0 1 -1 0 300 200 Tm (Rotated label) Tj ET");
        text.Should().Be("Rotated label");
    }

    [Fact]
    public void Extract_TextOutsideThePage_IsDropped()
    {
        var text = Extract("BT /F1 12 Tf 72 700 Td (Visible) Tj 0 -5000 Td (Hidden) Tj ET");
        text.Should().Be("Visible");
    }

    [Fact]
    public void Extract_InlineImage_IsSkipped()
    {
        var text = Extract("q BI /W 2 /H 1 /CS /G /BPC 8 ID \u00ff\u0000 EI Q BT /F1 12 Tf 72 700 Td (After image) Tj ET");
        text.Should().Be("After image");
    }

    [Fact]
    public void Extract_GraphicsStateTransforms_ApplyToText()
    {
        var text = Extract("q 2 0 0 2 0 0 cm BT /F1 6 Tf 36 350 Td (Scaled) Tj ET Q BT /F1 12 Tf 72 650 Td (Plain) Tj ET");
        text.Should().Be("Scaled\nPlain");
    }

    [Fact]
    public void Extract_TwoColumnsDrawnRowByRow_ReadsColumnByColumn()
    {
        // Each row draws the left column's line, then the right column's line at the same baseline.
        var text = Extract("BT /F1 10 Tf 1 0 0 1 72 720 Tm (Joint committee minutes) Tj 1 0 0 1 320 720 Tm (Second column starts) Tj "
            + "1 0 0 1 72 706 Tm (continue here.) Tj 1 0 0 1 320 706 Tm (and ends here.) Tj ET");
        text.Should().Be("Joint committee minutes\ncontinue here.\nSecond column starts\nand ends here.");
    }

    [Fact]
    public void Extract_HeadingAboveTwoColumns_ReadsHeadingFirst()
    {
        var text = Extract("BT /F1 10 Tf 1 0 0 1 320 700 Tm (Right column) Tj 1 0 0 1 72 700 Tm (Left column) Tj "
            + "/F1 16 Tf 1 0 0 1 72 740 Tm (A heading across both columns) Tj ET");
        text.Should().Be("A heading across both columns\nLeft column\nRight column");
    }

    [Fact]
    public void Extract_AccentDrawnOverLetter_CombinesThem()
    {
        // "o" then a dieresis placed over it, as TeX does.
        var text = Extract("BT /F1 12 Tf 1 0 0 1 72 700 Tm (J) Tj 1 0 0 1 79.3 700 Tm (o) Tj 1 0 0 1 79.3 700 Tm (\\250) Tj 1 0 0 1 86 700 Tm (rg) Tj ET");
        text.Should().Be("Jörg");
    }

    private static string Extract(string content) => PdfTestRunner.Extract(TestPdfs.Simple(content)).Text;
}
