using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Docx;

public sealed class DocxExtractorGeneratedTests : IDisposable
{
    private const string HeadingStyles =
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"PolicyHeading\"><w:name w:val=\"Policy Heading\"/><w:basedOn w:val=\"Heading2\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Clause\"><w:name w:val=\"Clause\"/><w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr></w:style>";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_StyleBasedOnHeading_InheritsHeadingLevel()
    {
        var document = Write(new DocxBuilder
        {
            Styles = HeadingStyles,
            Body = DocxBuilder.Paragraph("Introduction", "Heading1")
                + DocxBuilder.Paragraph("Inherited level", "PolicyHeading")
                + DocxBuilder.Paragraph("Outline level clause", "Clause")
                + DocxBuilder.Paragraph("Body text", "Normal"),
        });

        document.Headings.Select(h => (h.Level, h.Text)).Should().Equal(
            (1, "Introduction"), (2, "Inherited level"), (4, "Outline level clause"));
    }

    [Fact]
    public void Extract_TitleStyleWithoutCoreTitle_UsesStyledTitle()
    {
        var document = Write(new DocxBuilder
        {
            Styles = HeadingStyles,
            Body = DocxBuilder.Paragraph("Some preamble") + DocxBuilder.Paragraph("Joint Waste Strategy", "Title")
                + DocxBuilder.Paragraph("Background", "Heading1"),
        });

        document.Title.Should().Be("Joint Waste Strategy");
    }

    [Fact]
    public void Extract_NoTitleAnywhere_UsesFirstHeading()
    {
        var document = Write(new DocxBuilder
        {
            Styles = HeadingStyles,
            Body = DocxBuilder.Paragraph("Preamble") + DocxBuilder.Paragraph("Heads of Terms", "Heading1"),
        });

        document.Title.Should().Be("Heads of Terms");
    }

    [Fact]
    public void Extract_CoreTitleOfOnlyDigits_FallsBackToFirstHeading()
    {
        var document = Write(new DocxBuilder
        {
            Title = "1",
            Styles = HeadingStyles,
            Body = DocxBuilder.Paragraph("Rules of the Board", "Heading1"),
        });

        document.Title.Should().Be("Rules of the Board");
        document.Metadata.Title.Should().Be("1");
    }

    [Fact]
    public void Extract_CoreAndCustomProperties_MapsToMetadata()
    {
        var document = Write(new DocxBuilder
        {
            Title = "Delegation Agreement",
            Creator = "Eastvale Borough Council",
            Subject = "Revenues delegation",
            Keywords = "revenues, delegation; s101",
            Created = new DateTime(2019, 5, 1, 10, 0, 0, DateTimeKind.Utc),
            CustomProperties = new Dictionary<string, string> { ["Document Type"] = "legal-agreement", ["Year"] = "2019" },
        });

        document.Title.Should().Be("Delegation Agreement");
        document.Metadata.Author.Should().Be("Eastvale Borough Council");
        document.Metadata.Subject.Should().Be("Revenues delegation");
        document.Metadata.Keywords.Should().Equal("revenues", "delegation", "s101");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2019, 5, 1, 10, 0, 0, TimeSpan.Zero));
        document.Metadata.Properties.Should().Contain("document type", "legal-agreement").And.Contain("year", "2019");
    }

    [Fact]
    public void Extract_TrackedChanges_KeepsInsertionsAndDropsDeletions()
    {
        var document = Write(new DocxBuilder
        {
            Body = "<w:p><w:r><w:t xml:space=\"preserve\">The fee is </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>ten</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>twelve</w:t></w:r></w:ins>"
                + "<w:r><w:t xml:space=\"preserve\"> pounds.</w:t></w:r></w:p>",
        });

        document.Text.Should().Be("The fee is twelve pounds.");
    }

    [Fact]
    public void Extract_TextBoxWithVmlFallback_ReadsTextOnce()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent>";
        var document = Write(new DocxBuilder
        {
            Body = "<w:p><w:r><w:t>Before box</w:t></w:r><w:r><mc:AlternateContent>"
                + $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
                + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>"
                + DocxBuilder.Paragraph("After box"),
        });

        document.Text.Should().Be("Before box\n\nBoxed note\n\nAfter box");
    }

    [Fact]
    public void Extract_ListsWithNumbering_PrefixesBulletsAndNumbers()
    {
        var document = Write(new DocxBuilder
        {
            Numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>",
            Body = ListItem("Service desk", 1, 0) + ListItem("Cyber security", 1, 0)
                + ListItem("Agree terms", 2, 0) + ListItem("Draft clause", 2, 1) + ListItem("Sign", 2, 0),
        });

        document.Text.Should().Be("- Service desk\n\n- Cyber security\n\n1. Agree terms\n\n  a. Draft clause\n\n2. Sign");
    }

    [Fact]
    public void Extract_Table_SeparatesCellsAndRows()
    {
        var document = Write(new DocxBuilder
        {
            Body = "<w:tbl>" + Row("Council", "Share") + Row("Northmere", "60%") + "</w:tbl>",
        });

        document.Text.Should().Be("Council | Share\nNorthmere | 60%");
    }

    [Fact]
    public void Extract_FootnotesAndEndnotes_AppendsRealNotesAfterBody()
    {
        var document = Write(new DocxBuilder
        {
            Body = "<w:p><w:r><w:t>Main text</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
            Footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote>",
            Endnotes = "<w:endnote w:id=\"1\"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>",
        });

        document.Text.Should().Be("Main text\n\nA footnote.\n\nAn endnote.");
    }

    private static string ListItem(string text, int numId, int level) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static string Row(params string[] cells) =>
        "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc>{DocxBuilder.Paragraph(c)}</w:tc>")) + "</w:tr>";

    private Core.Documents.ExtractedDocument Write(DocxBuilder builder)
    {
        var path = folder.PathOf(Guid.NewGuid().ToString("N") + ".docx");
        builder.Write(path);
        return Extract.File(path);
    }
}
