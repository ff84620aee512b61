using System.Text;
using TemplateLibrary.Core.Csv;

namespace TemplateLibrary.Core.Tests.Csv;

public sealed class CsvTableTests
{
    [Fact]
    public void Parse_QuotedFieldsAndBlankLines_GivesFieldsWithTheLineEachRecordStartsOn()
    {
        var rows = CsvTable.Parse("\uFEFFpath,title\r\na.md,\"two\r\nlines\"\r\n\r\nb.md,\"say \"\"hi\"\", then go\"\r\n");

        rows.Select(r => r.Line).Should().Equal(1, 2, 5);
        rows[1].Fields.Should().Equal("a.md", "two\r\nlines");
        rows[2].Fields.Should().Equal("b.md", "say \"hi\", then go");
    }

    [Fact]
    public void Parse_UnterminatedQuote_NamesTheLine()
    {
        var parse = () => CsvTable.Parse("path,title\na.md,ok\nb.md,\"never closed\nc.md,x\n");

        parse.Should().Throw<FormatException>().WithMessage("line 3: a quoted field that is never closed");
    }

    [Fact]
    public void Write_ThenParse_RoundTripsEveryField()
    {
        string[] header = ["path", "title", "summary"];
        IReadOnlyList<string>[] rows = [["a,b.md", "Quote \"this\"", "line one\nline two"], ["plain.md", "", "£5k café"]];
        using var memory = new MemoryStream();

        CsvTable.Write(memory, header, rows, byteOrderMark: true);

        var bytes = memory.ToArray();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var parsed = CsvTable.Parse(Encoding.UTF8.GetString(bytes));
        parsed.Select(r => r.Fields).Should().BeEquivalentTo(new IReadOnlyList<string>[] { header, rows[0], rows[1] }, o => o.WithStrictOrdering());
    }
}
