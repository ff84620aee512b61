using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Tests.Support;
using TemplateLibrary.Extraction.Xlsx;

namespace TemplateLibrary.Extraction.Tests.Xlsx;

public sealed class XlsxExtractorTests : IDisposable
{
    private static readonly string WorkbookPath = TestFiles.Sample("Xlsx", "cost-sharing-model.libreoffice.xlsx");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Extract_LibreOfficeWorkbook_SheetNamesAreHeadingsInOrder()
    {
        var document = Extract.File(WorkbookPath);

        document.Format.Should().Be("xlsx");
        document.Headings.Should().Equal(new DocumentHeading(1, "Cost shares"), new DocumentHeading(1, "Notes"));
        document.Title.Should().Be("Shared Revenues Service: Cost Sharing Model");
    }

    [Fact]
    public void Extract_LibreOfficeWorkbook_RowsAreTabSeparatedWithFormattedValues()
    {
        var text = Extract.File(WorkbookPath).Text;

        text.Should().Contain("Council\tShare\tHours\tStart\tCost\n"
            + "Northmere District Council\t60%\t1200\t2021-04-01\t54600\n"
            + "Eastvale Borough Council\t40%\t800\t2021-04-01\t36400\n"
            + "Total\t\t\t\t91000");
    }

    [Fact]
    public void Extract_LibreOfficeWorkbook_KeepsEmptyLeadingCellsInPlace()
    {
        var text = Extract.File(WorkbookPath).Text;

        text.Should().EndWith("Shares follow the 2020/21 caseload of each council.\n\tReviewed annually by the joint committee.");
    }

    [Fact]
    public void Extract_DtdInWorksheet_FailsAsUnsafe()
    {
        var sheet = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        var path = folder.File("hostile.xlsx", MinimalXlsx(sheet));

        var act = () => Extract.File(path);

        act.Should().Throw<ExtractionException>().Which.Message
            .Should().Be("unsafe content: xl/worksheets/sheet1.xml declares a DTD (XML entities are not allowed)");
    }

    [Fact]
    public void Extract_InlineStringsAndBooleans_ReadWithoutSharedStrings()
    {
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>Shared </t></r><r><t>audit</t></r></is></c>"
            + "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"e\"><v>#DIV/0!</v></c></row></sheetData></worksheet>";
        var path = folder.File("inline.xlsx", MinimalXlsx(sheet));

        Extract.File(path).Text.Should().Be("Budget\n\n\tShared audit\t\tTRUE\t#DIV/0!");
    }

    [Theory]
    [InlineData("d/m/yyyy", "Date")]
    [InlineData("[$-809]dd mmmm yyyy", "Date")]
    [InlineData("h:mm AM/PM", "Time")]
    [InlineData("[h]:mm", "Time")]
    [InlineData("dd/mm/yyyy hh:mm", "DateTime")]
    [InlineData("0.00%", "Percent")]
    [InlineData("#,##0.00;[Red](#,##0.00)", "General")]
    [InlineData("\"Day \"0", "General")]
    public void Classify_FormatCode_FindsItsKind(string code, string expected)
    {
        CellStyles.Classify(code).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AB12", 27)]
    [InlineData(null, 4)]
    public void ColumnOf_CellReference_IsZeroBased(string? reference, int expected)
    {
        WorksheetReader.ColumnOf(reference, 4).Should().Be(expected);
    }

    private static byte[] MinimalXlsx(string sheetXml) => ZipBuilder.Build(
        ("[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"),
        ("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ("xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Budget\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        ("xl/worksheets/sheet1.xml", sheetXml));
}
