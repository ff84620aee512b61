using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Extraction.Pdf.Fonts;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public sealed partial class PdfLigatureTests
{
    /// <summary>The sample library's PDFs that Ghostscript re-distilled with byte-swapped ligature entries in their ToUnicode maps.</summary>
    public static TheoryData<string> GhostscriptLigaturePdfs { get; } = new()
    {
        "022-county-procurement-network-case-study",
        "045-support-services-company-business-plan-template",
        "059-inter-authority-secondment-protocol-report",
        "116-shared-statutory-officers-conflicts-guidance",
        "173-shared-legal-service-joint-committee-agreement",
        "193-finance-secondment-support-case-study",
        "213-joint-staffing-committee-terms-of-reference",
        "236-school-improvement-services-contract-extract",
    };

    [Theory]
    [MemberData(nameof(GhostscriptLigaturePdfs))]
    public void Extract_MangledLigatureToUnicode_ReadsEveryLigatureWordOfTheSource(string name)
    {
        var text = Extract.File(SampleLibrary.File(name + ".pdf")).Text;
        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var source = FrontMatterReader.Read(File.ReadAllText(Path.Combine(SampleLibrary.SourcesFolder(), name + ".md"))).Body;
        var ligatureWords = LigatureWords().Matches(source).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        ligatureWords.Should().NotBeEmpty();
        words.Should().Contain(ligatureWords);
        CjkOrHangul().IsMatch(text).Should().BeFalse();
    }

    [Fact]
    public void Extract_FinanceSecondmentCaseStudy_FindsOfficerAndFinance()
    {
        var text = Extract.File(SampleLibrary.File("193-finance-secondment-support-case-study.pdf")).Text;

        text.Should().Contain("officer").And.Contain("finance");
    }

    [Theory]
    [InlineData(new byte[] { 0x66, 0x00, 0x69, 0x00 }, "fi")]
    [InlineData(new byte[] { 0x66, 0x00, 0x6C, 0x00 }, "fl")]
    [InlineData(new byte[] { 0x66, 0x00, 0x66, 0x00 }, "ff")]
    [InlineData(new byte[] { 0x66, 0x00, 0xCF, 0x00 }, "ffi")]
    [InlineData(new byte[] { 0x66, 0x00, 0xD2, 0x00 }, "ffl")]
    [InlineData(new byte[] { 0x66, 0x00, 0x6F, 0x00 }, null)]
    [InlineData(new byte[] { 0x4E, 0x2D, 0x65, 0x87 }, null)]
    [InlineData(new byte[] { 0x66, 0x00 }, null)]
    public void SwappedLigature_Bytes_RepairsOnlyLigatures(byte[] bytes, string? expected)
    {
        ToUnicodeRepair.SwappedLigature(bytes).Should().Be(expected);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Za-z]*(?:ff|fi|fl)[A-Za-z]*")]
    private static partial Regex LigatureWords();

    [GeneratedRegex(@"[\u3400-\u9FFF\uAC00-\uD7AF]")]
    private static partial Regex CjkOrHangul();
}
