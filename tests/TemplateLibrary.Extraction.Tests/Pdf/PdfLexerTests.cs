using System.Text;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Tests.Pdf;

public class PdfLexerTests
{
    [Fact]
    public void ReadObject_DictionaryOfEveryType_ParsesEachValue()
    {
        var source = "<< /Int 42 /Real -3.5 /Bool true /Null null /Name /A#20B /Str (a\\(b\\)\\101\\\nc) /Hex <414> /Arr [1 2 0 R /X] /Ref 7 0 R /Sub << /K (v) >> >>";
        var dictionary = (PdfDictionary)Read(source)!;
        dictionary["Int"].Should().Be(42);
        dictionary["Real"].Should().Be(-3.5);
        dictionary["Bool"].Should().Be(true);
        dictionary["Null"].Should().BeNull();
        dictionary.GetName("Name").Should().Be("A B");
        ((PdfString)dictionary["Str"]!).Bytes.Should().Equal(Encoding.ASCII.GetBytes("a(b)Ac"));
        ((PdfString)dictionary["Hex"]!).Bytes.Should().Equal(0x41, 0x40);
        var array = (List<object?>)dictionary["Arr"]!;
        array[0].Should().Be(1);
        array[1].Should().Be(new PdfReference(2, 0));
        dictionary["Ref"].Should().Be(new PdfReference(7, 0));
        ((PdfDictionary)dictionary["Sub"]!)["K"].Should().BeOfType<PdfString>();
    }

    [Fact]
    public void ReadObject_DeepNesting_StopsAtTheLimit()
    {
        var source = new string('[', 10_000) + new string(']', 10_000) + " 42";
        var lexer = new PdfLexer(Encoding.ASCII.GetBytes(source), 32);

        var levels = 0;
        for (var array = lexer.ReadObject() as List<object?>; array is not null; array = array.Count == 1 ? array[0] as List<object?> : null)
        {
            levels++;
            array.Count.Should().BeLessThanOrEqualTo(1);
        }

        levels.Should().Be(33, "arrays nest down to depth 32 and the rest is skipped as one empty array");
        lexer.ReadObject().Should().Be(42, "the skipped arrays are consumed up to their closing bracket");
    }

    [Fact]
    public void ReadObject_Keywords_ComeBackAsOperators()
    {
        Read("BT").Should().Be(new PdfOperator("BT"));
    }

    private static object? Read(string source) => new PdfLexer(Encoding.Latin1.GetBytes(source), 64).ReadObject();
}
