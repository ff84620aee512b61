using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Markdown;

public sealed class MarkdownExtractorTests : IDisposable
{
    private static readonly string BusinessCase = TestFiles.Sample("Markdown", "business-case.md");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_FrontMatter_MapsTypedFieldsAndProperties()
    {
        var document = Extract.File(BusinessCase);

        document.Format.Should().Be("md");
        document.Title.Should().Be("Business Case: Shared Revenues & Benefits");
        document.Metadata.Author.Should().Be("Eastvale Borough Council");
        document.Metadata.Keywords.Should().Equal("revenues", "benefits", "shared service");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2023, 9, 14, 0, 0, 0, TimeSpan.Zero));
        document.Metadata.Properties.Should().Contain("councils", "Eastvale Borough Council; Northmere District Council");
        document.Metadata.Properties.Should().Contain("category", "revenues-benefits");
        document.Metadata.Properties.Should().Contain("summary", "Why two councils should merge their revenues teams.");
    }

    [Fact]
    public void Extract_MarkdownBody_RendersPlainTextWithoutSyntax()
    {
        var text = Extract.File(BusinessCase).Text;

        text.Should().StartWith("Shared Revenues and Benefits\n\nThe business case compares three options for a shared service.");
        text.Should().Contain("1. Do nothing\n2. Lead authority model\n3. Joint committee");
        text.Should().Contain("- Savings of £250,000 a year");
        text.Should().Contain("Lead authority | £1.2m | £250k");
        text.Should().Contain("Approved by cabinet in 2023.");
        text.Should().Contain("Members noted the risks & benefits.");
        text.Should().NotContainAny("**", "](", "<div", "<em>", "---", "title:", "```", "&amp;");
    }

    [Fact]
    public void Extract_MarkdownHeadings_KeepsLevels()
    {
        var document = Extract.File(BusinessCase);

        document.Headings.Select(h => (h.Level, h.Text)).Should().Equal((1, "Shared Revenues and Benefits"), (2, "Options"));
    }

    [Fact]
    public void Extract_NoFrontMatter_TitleFromFirstHeading()
    {
        var path = folder.File("notes.md", "Intro line\n\n# Joint Committee Terms\n\nText.\n");

        var document = Extract.File(path);

        document.Title.Should().Be("Joint Committee Terms");
        document.Metadata.Properties.Should().BeEmpty();
    }

    [Fact]
    public void Extract_InvalidFrontMatter_WarnsAndReadsTheBody()
    {
        var path = folder.File("broken.md", "---\ntitle: a: b\n---\n# Shared Audit\n\nText.\n");

        var document = Extract.File(path);

        document.Text.Should().Be("Shared Audit\n\nText.");
        document.Metadata.Title.Should().BeNull();
        document.Warnings.Should().ContainSingle().Which.Should().StartWith("front matter is not valid YAML (line 2)");
    }

    [Fact]
    public void Extract_HostileNesting_FailsAsTooDeep()
    {
        var path = folder.File("quotes.md", new string('>', 100_000) + " deep\n");

        var act = () => Extract.File(path);

        act.Should().Throw<Core.Errors.ExtractionException>().WithMessage("too deeply nested: *");
    }
}
