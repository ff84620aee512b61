using System.Text;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Rtf;

public sealed class RtfExtractorTests : IDisposable
{
    private static readonly string MouPath = TestFiles.Sample("Rtf", "shared-legal-mou.libreoffice.rtf");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_LibreOfficeRtf_ReadsHeadingsListsTableAndFootnotes()
    {
        var document = Extract.File(MouPath);

        document.Format.Should().Be("rtf");
        document.Headings.Should().Equal(
            new DocumentHeading(1, "Shared Legal Service Agreement"),
            new DocumentHeading(2, "Scope of the service"),
            new DocumentHeading(2, "Governance steps"),
            new DocumentHeading(2, "Cost sharing"));
        document.Text.Should().Contain("•\tLitigation and prosecutions")
            .And.Contain("2.\tApprove the business case at cabinet")
            .And.Contain("Council | Share | Hours\nNorthmere | 60% | 1200\nEastvale | 40% | 800");
        document.Text.IndexOf("Notice runs from the first of April.", StringComparison.Ordinal)
            .Should().BeGreaterThan(document.Text.IndexOf("twelve months' notice", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LibreOfficeRtf_ReadsInfoAndUserProperties()
    {
        var metadata = Extract.File(MouPath).Metadata;

        metadata.Title.Should().Be("Memorandum of Understanding: Shared Legal Service");
        metadata.Author.Should().Be("Northmere District Council");
        metadata.Keywords.Should().Equal("legal", "lead authority", "MOU");
        metadata.Created.Should().Be(new DateTimeOffset(2021, 3, 4, 9, 30, 0, TimeSpan.Zero));
        metadata.Properties.Should().Contain("category", "legal").And.Contain("delivery model", "lead-authority");
    }

    [Fact]
    public void Extract_UnicodeEscapes_SkipTheirFallbackCharacters()
    {
        var text = ExtractRtf(@"{\rtf1\ansi\uc1 Caf\u233?s and {\uc2 na\u239\'3f\'3fve}\par}");

        text.Should().Be("Cafés and naïve");
    }

    [Fact]
    public void Extract_HexEscapes_DecodedInTheFontCharset()
    {
        var text = ExtractRtf(@"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset238 Arial CE;}}\f0 Caf\'e9 {\f1 \'c8l\'e1nek}\par}");

        text.Should().Be("Café Článek");
    }

    [Fact]
    public void Extract_Fields_KeepResultAndDropCode()
    {
        var text = ExtractRtf(@"{\rtf1 See {\field{\*\fldinst{HYPERLINK ""https://example.org""}}{\fldrslt{the guidance}}} now.\par}");

        text.Should().Be("See the guidance now.");
    }

    [Fact]
    public void Extract_PicturesBinaryDataAndUnknownStarredGroups_AreSkipped()
    {
        var text = ExtractRtf(@"{\rtf1 A{\*\shppict{\pict\pngblip 89504e470d0a}}{\*\unknown secret}{\object{\*\objdata 0102}{\result B}}\bin3 {}}C{\v hidden}\par}");

        text.Should().Be("ABC");
    }

    [Fact]
    public void Extract_OutlineLevel_MakesHeading()
    {
        var document = Extract.File(folder.File("h.rtf", Encoding.ASCII.GetBytes(@"{\rtf1\pard\outlinelevel1 Service scope\par\pard Body text.\par}")));

        document.Headings.Should().Equal(new DocumentHeading(2, "Service scope"));
        document.Text.Should().Be("Service scope\n\nBody text.");
    }

    [Fact]
    public void Extract_DeeplyNestedGroups_FailsAsTooDeep()
    {
        var rtf = @"{\rtf1 " + new string('{', 5000) + "x" + new string('}', 5000) + "}";

        var act = () => Extract.File(folder.File("deep.rtf", Encoding.ASCII.GetBytes(rtf)));

        act.Should().Throw<ExtractionException>().Which.Message.Should().StartWith("too deeply nested: RTF groups nest more than");
    }

    [Fact]
    public void Extract_RtfNamedTxt_ChoosesRtfByContent()
    {
        Extract.File(folder.File("notes.txt", Encoding.ASCII.GetBytes(@"{\rtf1 Plain words\par}"))).Format.Should().Be("rtf");
    }

    private string ExtractRtf(string rtf) => Extract.File(folder.File("t.rtf", Encoding.Latin1.GetBytes(rtf))).Text;
}
