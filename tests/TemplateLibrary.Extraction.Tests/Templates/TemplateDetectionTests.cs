using TemplateLibrary.Extraction.Templates;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Templates;

public sealed class TemplateDetectionTests
{
    private static TemplateField Field(TemplateFields fields, string name) =>
        fields.Fields.Single(f => TemplateAssembly.KeyOf(f.Name) == TemplateAssembly.KeyOf(name));

    [Fact]
    public void ReadFields_WordSample_FindsSplitRunsMergeFieldsContentControlsAndHeaderFooterFields()
    {
        var fields = TemplateAssembly.ReadFields(TestFiles.Sample("Templates", "word-fields.docx"));

        fields.Format.Should().Be("docx");
        fields.CannotFill.Should().BeNull();
        var employing = Field(fields, "Employing Council");
        employing.Type.Should().Be(TemplateFieldType.Council);
        employing.Occurrences.Select(o => o.Part).Should().BeEquivalentTo(["header", "body", "body"]);
        employing.Occurrences.Select(o => o.Marker).Should().AllBe("[Employing Council]");
        Field(fields, "date").Occurrences.Select(o => o.Part).Should().Contain(["body", "footer"]);
        Field(fields, "Chief_Executive").Kind.Should().Be("merge-field");
        Field(fields, "Address").Kind.Should().Be("merge-field");
        var partner = Field(fields, "Partner Council");
        partner.Kind.Should().Be("content-control");
        partner.Type.Should().Be(TemplateFieldType.Council);
        Field(fields, "name of officer").Type.Should().Be(TemplateFieldType.Person);
        Field(fields, "fee").Kind.Should().Be("curly");
        Field(fields, "reference").Occurrences.Single().Part.Should().Be("footer");
        Field(fields, "Officer Name").Kind.Should().Be("guillemet");
        Field(fields, "Salary – Year 1").Type.Should().Be(TemplateFieldType.Money);
        Field(fields, "Salary – Year 2").Occurrences.Single().Marker.Should().Be("[ ]");
        Field(fields, "Signed for the host council").Kind.Should().Be("blank");
        fields.Fields.Should().HaveCount(12, "the «Chief_Executive» a merge field shows is not a second field, and the blank labelled Date is the date field");
    }

    [Fact]
    public void ReadFields_LibreOfficeDocx_SameFieldIsOneFieldWithEveryOccurrence()
    {
        var fields = TemplateAssembly.ReadFields(TestFiles.Sample("Templates", "126-shared-head-of-legal-s113-template.docx"));

        Field(fields, "date").Occurrences.Should().HaveCount(6);
        Field(fields, "Partner Council").Occurrences.Should().HaveCount(3);
        Field(fields, "date").Type.Should().Be(TemplateFieldType.Date);
        Field(fields, "amount").Type.Should().Be(TemplateFieldType.Money);
        Field(fields, "50").Type.Should().Be(TemplateFieldType.Number);
        fields.Fields.Select(f => f.Name).Should().Contain(["a fixed sum of £[amount] a year", "amount"], "nested brackets give the outer and the inner field");
    }

    [Fact]
    public void ReadFields_Odt_FindsBracketsNestedBracketsAndSignatureBlanks()
    {
        var fields = TemplateAssembly.ReadFields(TestFiles.Sample("Templates", "009-secondment-agreement-template-elections.odt"));

        fields.Format.Should().Be("odt");
        fields.Fields.Select(f => f.Name).Should().Contain(
            ["Employing Council", "Host Council", "type of poll", "polling day", "Signed for the Employing Council", "Position"]);
        Field(fields, "address").Occurrences.Should().HaveCount(2);
        Field(fields, "number").Occurrences.Should().HaveCount(3);
    }

    [Fact]
    public void ReadFields_Markdown_NamesTableBlanksByRowAndColumnAndSkipsFrontMatter()
    {
        using var folder = new TempFolder();
        var path = folder.File("t.md", "---\ntitle: A [not a field]\n---\n# Plan\n\n| Measure | Target | Actual |\n|---|---|---|\n| Calls answered | [80]% | [ ]% |\n\n- [ ] a tick box, not a field\n- [ ]\n\nSee [the guide](https://example.org) and `[code]`.\n");

        var fields = TemplateAssembly.ReadFields(path);

        fields.Fields.Select(f => f.Name).Should().BeEquivalentTo(["80", "Calls answered – Actual", "Plan"]);
    }

    [Fact]
    public void ReadFields_DocumentWithoutFields_ReturnsNone()
    {
        using var folder = new TempFolder();
        var path = folder.File("plain.md", "# Minutes\n\nThe committee met on 4 May 2024 and agreed the budget.\n");

        TemplateAssembly.ReadFields(path).Fields.Should().BeEmpty();
    }

    [Fact]
    public void ReadFields_TextFile_ListsFieldsButCannotFill()
    {
        using var folder = new TempFolder();
        var path = folder.File("form.txt", "Name of applicant: ________\nDate of birth: [date]\n");

        var fields = TemplateAssembly.ReadFields(path);

        fields.Fields.Select(f => f.Name).Should().BeEquivalentTo(["Name of applicant", "date"]);
        fields.CannotFill.Should().Contain("cannot be filled");
    }
}
