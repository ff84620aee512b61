using System.IO.Compression;
using System.Xml.Linq;
using Markdig;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Templates;

public sealed class TemplateFillTests
{
    private static readonly string WordSample = TestFiles.Sample("Templates", "word-fields.docx");

    private static readonly Dictionary<string, string> WordValues = new()
    {
        ["Employing Council"] = "Northmere District Council",
        ["date"] = "1 April 2026",
        ["Chief_Executive"] = "Alex Morgan",
        ["Address"] = "Town Hall, Northmere",
        ["Partner Council"] = "Brackenford District Council",
        ["fee"] = "£1,250",
        ["reference"] = "NDC/2026/14",
        ["Salary – Year 1"] = "£48,000",
    };

    [Fact]
    public void Fill_WordSample_ReplacesEveryOccurrenceInBodyHeaderAndFooter()
    {
        var filled = TemplateAssembly.Fill(WordSample, WordValues);

        var body = PackageParts.Paragraphs(PackageParts.Xml(filled.Content, "word/document.xml"));
        body.Should().Contain("This agreement is made on 1 April 2026 between Northmere District Council and the partner council.");
        body.Should().Contain("Chief executive: Alex Morgan.");
        body.Should().Contain("Address: Town Hall, Northmere");
        body.Should().Contain("Partner: Brackenford District Council");
        body.Should().Contain("The fee is £1,250 a month, paid by Northmere District Council.");
        body.Should().Contain("Signed for the host council: ________________ Date: 1 April 2026");
        PackageParts.Paragraphs(PackageParts.Xml(filled.Content, "word/header1.xml")).Should().Equal("Agreement between Northmere District Council");
        PackageParts.Paragraphs(PackageParts.Xml(filled.Content, "word/footer1.xml")).Should().Equal("Reference NDC/2026/14 · dated 1 April 2026");
        filled.Replaced["Employing Council"].Should().Be(3);
        filled.Replaced["date"].Should().Be(3);
        filled.Unfilled.Should().BeEquivalentTo(["name of officer", "Salary – Year 2", "Signed for the host council", "Officer Name"]);
    }

    [Fact]
    public void Fill_WordSample_UnfilledFieldsStayMarkedAndNothingElseChanges()
    {
        var original = File.ReadAllBytes(WordSample);
        var filled = TemplateAssembly.Fill(WordSample, WordValues);

        var body = PackageParts.Paragraphs(PackageParts.Xml(filled.Content, "word/document.xml"));
        body.Should().Contain("The secondee is [name of officer].");
        body.Should().Contain("Officer: «Officer Name»");
        body.Should().Contain("£[ ]");
        foreach (var unchanged in new[] { "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "[Content_Types].xml" })
        {
            PackageParts.Bytes(filled.Content, unchanged).Should().Equal(PackageParts.Bytes(original, unchanged), unchanged + " is untouched");
        }

        PackageParts.Entries(filled.Content).Should().Equal(PackageParts.Entries(original));
    }

    [Fact]
    public void Fill_WordSample_KeepsRunPropertiesNumberingTablesAndSection()
    {
        var before = PackageParts.Xml(File.ReadAllBytes(WordSample), "word/document.xml");
        var after = PackageParts.Xml(TemplateAssembly.Fill(WordSample, WordValues).Content, "word/document.xml");
        var w = PackageParts.W;

        after.Descendants(w + "pPr").Select(p => p.ToString()).Should().Equal(before.Descendants(w + "pPr").Select(p => p.ToString()));
        after.Descendants(w + "numPr").Should().HaveCount(2);
        after.Descendants(w + "tbl").Single().Elements(w + "tr").Select(r => r.Elements(w + "tc").Count()).Should().Equal(3, 3);
        after.Descendants(w + "sectPr").Single().ToString().Should().Be(before.Descendants(w + "sectPr").Single().ToString());
        var beforeRunProperties = before.Descendants(w + "rPr").Select(r => r.ToString()).ToHashSet();
        after.Descendants(w + "rPr").Where(r => !r.Ancestors(w + "sdt").Any()).Select(r => r.ToString()).Should().OnlyContain(r => beforeRunProperties.Contains(r));
        var party = after.Descendants(w + "r").First(r => r.Value.Contains("Northmere District Council", StringComparison.Ordinal));
        party.Element(w + "rPr")!.Element(w + "b").Should().NotBeNull("the value takes the formatting of the run where the placeholder started");
    }

    [Fact]
    public void Fill_MergeFieldsAndContentControls_BecomePlainValues()
    {
        var after = PackageParts.Xml(TemplateAssembly.Fill(WordSample, WordValues).Content, "word/document.xml");
        var w = PackageParts.W;

        after.Descendants(w + "instrText").Should().BeEmpty("a filled merge field must not be refreshed back to «Chief_Executive»");
        after.Descendants(w + "fldChar").Should().BeEmpty();
        after.Descendants(w + "fldSimple").Should().BeEmpty();
        var control = after.Descendants(w + "sdt").Single();
        control.Descendants(w + "showingPlcHdr").Should().BeEmpty();
        control.Descendants(w + "rStyle").Should().BeEmpty();
        control.Element(w + "sdtPr")!.Element(w + "alias")!.Attribute(w + "val")!.Value.Should().Be("Partner Council");
    }

    [Theory]
    [InlineData("<w:p><w:r><w:t>injected</w:t></w:r></w:p>")]
    [InlineData("A & B ]]> <![CDATA[x]]> &amp; &#x0;")]
    [InlineData("</w:t></w:r><w:r><w:t>break out")]
    [InlineData("Line one\nLine two")]
    public void Fill_MarkupInValues_IsInsertedAsText(string value)
    {
        var filled = TemplateAssembly.Fill(WordSample, new Dictionary<string, string> { ["Officer Name"] = value });

        var document = PackageParts.Xml(filled.Content, "word/document.xml");
        var w = PackageParts.W;
        document.Descendants(w + "p").Should().HaveCount(XDocument.Parse(System.Text.Encoding.UTF8.GetString(PackageParts.Bytes(File.ReadAllBytes(WordSample), "word/document.xml"))).Descendants(w + "p").Count());
        var paragraph = document.Descendants(w + "p").Single(p => p.Value.StartsWith("Officer:", StringComparison.Ordinal));
        string.Concat(paragraph.Descendants().Where(e => e.Name == w + "t" || e.Name == w + "br").Select(e => e.Name == w + "br" ? "\n" : e.Value))
            .Should().Be("Officer: " + value);
    }

    [Fact]
    public void Fill_ValueWithControlCharacter_IsRefused()
    {
        var act = () => TemplateAssembly.Fill(WordSample, new Dictionary<string, string> { ["fee"] = "a\u0001b" });

        act.Should().Throw<TemplateException>().WithMessage("*fee*U+0001*");
    }

    [Fact]
    public void Fill_UnknownField_IsRefusedListingTheKnownOnes()
    {
        var act = () => TemplateAssembly.Fill(WordSample, new Dictionary<string, string> { ["Employer"] = "x" });

        act.Should().Throw<TemplateException>().WithMessage("unknown field 'Employer'; the template's fields are: *Employing Council*");
    }

    [Fact]
    public void Fill_SignedDocx_IsRefusedAndNothingWritten()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("signed.docx");
        File.Copy(WordSample, path);
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            using var writer = new StreamWriter(archive.CreateEntry("_xmlsignatures/sig1.xml").Open());
            writer.Write("<Signature/>");
        }

        var act = () => TemplateAssembly.Fill(path, new Dictionary<string, string> { ["fee"] = "1" });

        act.Should().Throw<TemplateException>().WithMessage("*digitally signed*");
    }

    [Fact]
    public void Fill_Pdf_IsRefusedWithTheReason()
    {
        using var folder = new TempFolder();
        var path = folder.File("form.txt", "Date: [date]\n");

        var act = () => TemplateAssembly.Fill(path, new Dictionary<string, string> { ["date"] = "1 May" });

        act.Should().Throw<TemplateException>().WithMessage("*cannot be filled*DOCX, ODT and Markdown*");
    }

    [Fact]
    public void Fill_Odt_ReplacesInContentAndKeepsThePackageValid()
    {
        var path = TestFiles.Sample("Templates", "009-secondment-agreement-template-elections.odt");
        var original = File.ReadAllBytes(path);

        var filled = TemplateAssembly.Fill(path, new Dictionary<string, string>
        {
            ["Employing Council"] = "Saltmarsh <District> Council & Co",
            ["Host Council"] = "Upper Wendle District Council",
            ["date"] = "3 March 2026",
        });

        filled.Format.Should().Be("odt");
        PackageParts.Entries(filled.Content)[0].Should().Be("mimetype");
        using (var archive = new ZipArchive(new MemoryStream(filled.Content), ZipArchiveMode.Read))
        {
            var mimetype = archive.GetEntry("mimetype")!;
            mimetype.CompressedLength.Should().Be(mimetype.Length, "ODF requires the mimetype entry stored uncompressed");
        }

        var content = System.Text.Encoding.UTF8.GetString(PackageParts.Bytes(filled.Content, "content.xml"));
        content.Should().Contain("Saltmarsh &lt;District&gt; Council &amp; Co").And.NotContain("[Employing Council]").And.NotContain("[date]");
        PackageParts.Bytes(filled.Content, "styles.xml").Should().Equal(PackageParts.Bytes(original, "styles.xml"));
        var reread = TemplateAssembly.ReadFields(WriteTo(filled.Content, ".odt"));
        reread.Fields.Select(f => f.Name).Should().NotContain(["Employing Council", "Host Council", "date"]).And.Contain("address");
    }

    [Fact]
    public void Fill_Markdown_EscapesMarkupAndKeepsTheRest()
    {
        var path = TestFiles.Sample("Templates", "090-statement-of-common-ground-template.md");

        var filled = TemplateAssembly.Fill(path, new Dictionary<string, string>
        {
            ["Authority A"] = "Northmere <script>alert(1)</script> [x](javascript:alert(1)) *bold*",
            ["Authority B"] = "Brackenford | District",
        });

        var text = System.Text.Encoding.UTF8.GetString(filled.Content);
        var html = Markdig.Markdown.ToHtml(text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        html.Should().NotContain("<script>").And.NotContain("href=\"javascript").And.NotContain("<em>bold</em>");
        html.Should().Contain("Northmere &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *bold*");
        html.Should().Contain("<td>Brackenford | District</td>", "a pipe in a value must not split a table cell");
        text.Should().NotContain("[Authority A]").And.Contain("[Authority C]").And.StartWith("---\ntitle:");
    }

    private static string WriteTo(byte[] content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), "templib-filled-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, content);
        return path;
    }
}
