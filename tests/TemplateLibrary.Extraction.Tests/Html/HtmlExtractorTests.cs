using System.Text;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Html;

public sealed class HtmlExtractorTests : IDisposable
{
    private static readonly string CouncilPage = TestFiles.Sample("Html", "council-page.html");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_PageWithScriptStyleAndHiddenParts_KeepsVisibleTextOnly()
    {
        var text = Extract.File(CouncilPage).Text;

        text.Should().Contain("Northmere and Eastvale councils share one ICT team since 2019.");
        text.Should().NotContainAny("trackingSecret", "font-family", "injected script text", "enable JavaScript",
            "Hidden draft paragraph", "Template paragraph", "<p>", "Shared ICT Service –");
    }

    [Fact]
    public void Extract_Page_ReadsTitleHeadingsAndMeta()
    {
        var document = Extract.File(CouncilPage);

        document.Format.Should().Be("html");
        document.Title.Should().Be("Shared ICT Service – Northmere and Eastvale");
        document.Headings.Select(h => (h.Level, h.Text)).Should().Equal((1, "Shared ICT Service"), (2, "Services"), (3, "Contact"));
        document.Metadata.Author.Should().Be("Northmere District Council");
        document.Metadata.Subject.Should().Be("How two councils share one ICT team.");
        document.Metadata.Keywords.Should().Equal("ICT", "shared service", "digital");
    }

    [Fact]
    public void Extract_BlocksListsTablesAndBreaks_ProduceLines()
    {
        var text = Extract.File(CouncilPage).Text;

        text.Should().Contain("- Service desk\n- Cyber security");
        text.Should().Contain("Council | Share\nNorthmere | 55%\nEastvale | 45%");
        text.Should().Contain("Email the service manager.\nPhone the service desk.");
    }

    [Fact]
    public void Extract_Windows1252WithoutDeclaration_DecodesEuroSign()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<html><body><p>Fee: 5"), 0x80, .. Encoding.ASCII.GetBytes(" per bin</p></body></html>")];
        var path = folder.File("fee.html", bytes);

        Extract.File(path).Text.Should().Be("Fee: 5€ per bin");
    }

    [Fact]
    public void Extract_MetaCharsetDeclared_UsesDeclaredEncoding()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>caf\u00e9</p></body></html>";
        var path = folder.File("cafe.html", Encoding.Latin1.GetBytes(html));

        Extract.File(path).Text.Should().Be("café");
    }

    [Fact]
    public void Extract_NestedDeeperThanWalkCap_SkipsDeepContentWithWarning()
    {
        var html = "<html><body><p>Top text</p>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "deep text" + "</body></html>";
        var path = folder.File("deep.html", html);

        var document = Extract.File(path);

        document.Text.Should().Contain("Top text").And.NotContain("deep text");
        document.Warnings.Should().ContainMatch("*nested deeper than*");
    }

    [Fact]
    public void Extract_AsciiPageDeclaringUtf16_ReadsAsUtf8()
    {
        var path = folder.File("utf16.html", "<html><head><meta charset=\"utf-16\"></head><body><p>caf\u00e9 rota</p></body></html>");

        Extract.File(path).Text.Should().Be("café rota");
    }

    [Fact]
    public void Extract_HostileNesting_FailsBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><b>", 50_000)) + "x</body></html>";
        var path = folder.File("hostile.html", html);

        var act = () => Extract.File(path);

        act.Should().Throw<Core.Errors.ExtractionException>().WithMessage("too deeply nested: HTML elements nest more than 1024 levels deep");
    }

    [Fact]
    public void Extract_WithImageAltAndTableCaption_KeepsThem()
    {
        var path = folder.File("alt.html", "<html><body><img src=a.png alt=\"Map of the district\"><table><caption>Budget split</caption><tr><td>A</td><td>1</td></tr></table></body></html>");

        var text = Extract.File(path).Text;

        text.Should().Be("Map of the district\n\nBudget split\nA | 1");
    }
}
