using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Querying;

namespace TemplateLibrary.Search.Tests.Querying;

public sealed class QueryTranslatorTests
{
    [Theory]
    [InlineData("legal", "legal")]
    [InlineData("shared legal", "(shared AND legal)")]
    [InlineData("shared AND legal", "(shared AND legal)")]
    [InlineData("\"lead authority\"", "\"lead authority\"")]
    [InlineData("legal OR ict", "(legal OR ict)")]
    [InlineData("shared legal OR ict", "(shared AND (legal OR ict))")]
    [InlineData("legal -ict", "(legal AND -ict)")]
    [InlineData("legal NOT ict", "(legal AND -ict)")]
    [InlineData("agree*", "agree*")]
    [InlineData("\"joint comm\"*", "\"joint comm\"*")]
    [InlineData("(legal OR ict) agreement", "((legal OR ict) AND agreement)")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("or and not", "(or AND and AND not)")]
    [InlineData("Café", "Café")]
    public void Translate_ValidSyntax_BuildsTheTree(string query, string expected)
    {
        Render(QueryTranslator.Translate(query).Tree).Should().Be(expected);
    }

    [Theory]
    [InlineData("\"unbalanced phrase", "\"unbalanced phrase\"")]
    [InlineData("legal OR", "legal")]
    [InlineData("OR legal", "legal")]
    [InlineData("legal AND AND ict", "(legal AND ict)")]
    [InlineData("legal NOT", "legal")]
    [InlineData("NEAR(legal ict", "(NEAR AND (legal AND ict))")]
    [InlineData("legal)) ict", "(legal AND ict)")]
    [InlineData("((((legal", "legal")]
    [InlineData("legal * ^ : ict", "(legal AND ict)")]
    [InlineData("^legal", "legal")]
    [InlineData("**legal**", "legal*")]
    [InlineData("legal:", "legal")]
    [InlineData("foo:bar", "foo bar")]
    [InlineData("'; DROP TABLE documents; --", "(DROP AND TABLE AND documents)")]
    [InlineData("a*", "a")]
    [InlineData("legal \u0000\u0007 ict", "(legal AND ict)")]
    [InlineData("legal 🎉 ict", "(legal AND ict)")]
    [InlineData("“smart quotes”", "\"smart quotes\"")]
    [InlineData("-(-legal)", "legal")]
    public void Translate_MalformedInput_IsRepaired(string query, string expected)
    {
        Render(QueryTranslator.Translate(query).Tree).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OR AND NOT")]
    [InlineData("* ^ : ( ) \"\"")]
    [InlineData("🎉")]
    public void Translate_NothingToSearch_Browses(string query)
    {
        QueryTranslator.Translate(query).Tree.Should().BeNull();
    }

    [Fact]
    public void Translate_FieldFilters_AreTakenOutOfTheText()
    {
        var parsed = QueryTranslator.Translate("category:legal model:lead-authority type:mou power:lga1972-s101 council:\"Northmere District Council\" agreement");

        Render(parsed.Tree).Should().Be("agreement");
        parsed.Filters["category"].Should().Equal("legal");
        parsed.Filters["model"].Should().Equal("lead-authority");
        parsed.Filters["type"].Should().Equal("mou");
        parsed.Filters["power"].Should().Equal("lga1972-s101");
        parsed.Filters["council"].Should().Equal("Northmere District Council");
    }

    [Fact]
    public void Translate_PartnerFilter_TakesBothSpellings()
    {
        var parsed = QueryTranslator.Translate("partner:\"Thames Valley Police\" partners:\"NHS Kent and Medway ICB\" hub");

        Render(parsed.Tree).Should().Be("hub");
        parsed.Filters["partner"].Should().Equal("Thames Valley Police", "NHS Kent and Medway ICB");
    }

    [Fact]
    public void Translate_RepeatedField_CollectsValuesToOr()
    {
        var parsed = QueryTranslator.Translate("category:legal OR category:ict-digital");

        parsed.Filters["category"].Should().Equal("legal", "ict-digital");
        parsed.Tree.Should().BeNull();
    }

    [Fact]
    public void Translate_NegatedField_BecomesExcludedValue()
    {
        var parsed = QueryTranslator.Translate("agreement -category:legal");

        parsed.ExcludedValues["category"].Should().Equal("legal");
        Render(parsed.Tree).Should().Be("agreement");
    }

    [Theory]
    [InlineData("year:2015", null, null, "2015")]
    [InlineData("year:2015..2020", 2015, 2020, null)]
    [InlineData("year:2015-2020", 2015, 2020, null)]
    [InlineData("year:>=2015", 2015, null, null)]
    [InlineData("year:>2015", 2016, null, null)]
    [InlineData("year:<=2020", null, 2020, null)]
    [InlineData("year:<2020", null, 2019, null)]
    [InlineData("year:2015..", 2015, null, null)]
    [InlineData("year:..2020", null, 2020, null)]
    public void Translate_YearSyntax_SetsRangeOrValue(string query, int? from, int? to, string? single)
    {
        var parsed = QueryTranslator.Translate(query);

        parsed.YearFrom.Should().Be(from);
        parsed.YearTo.Should().Be(to);
        if (single is null)
        {
            parsed.Filters.Should().NotContainKey("year");
        }
        else
        {
            parsed.Filters["year"].Should().Equal(single);
        }
    }

    [Theory]
    [InlineData("year:abc", "invalid year")]
    [InlineData("year:15", "invalid year")]
    [InlineData("year:2020..2015", "invalid year range")]
    [InlineData("year:>=2020 year:<=2015", "the year range is empty")]
    [InlineData("-legal", "a query cannot only exclude terms")]
    [InlineData("NOT legal NOT ict", "a query cannot only exclude terms")]
    public void Translate_UnfixableInput_ThrowsOneLineError(string query, string message)
    {
        var act = () => QueryTranslator.Translate(query);

        act.Should().Throw<SearchQueryException>()
            .Where(e => e.Message.StartsWith(message, StringComparison.Ordinal) && !e.Message.Contains('\n'));
    }

    [Fact]
    public void Translate_ExclusionOnlyWithFilter_ExcludesFromBrowse()
    {
        var parsed = QueryTranslator.Translate("-legal category:ict-digital");

        parsed.OnlyExcludes.Should().BeTrue();
        Render(parsed.Tree).Should().Be("-legal");
    }

    [Fact]
    public void Translate_TooLong_ThrowsWithLength()
    {
        var act = () => QueryTranslator.Translate(new string('a', 1001));

        act.Should().Throw<SearchQueryException>().WithMessage("query too long (1001 characters; limit 1000)");
    }

    [Fact]
    public void Translate_DeepParentheses_KeepTheWordWithoutOverflow()
    {
        var query = new string('(', 500) + "legal" + new string(')', 400);

        var parsed = QueryTranslator.Translate(query);

        Render(parsed.Tree).Should().Contain("legal");
    }

    private static string Render(QueryNode? node) => node switch
    {
        null => "",
        TermNode { IsPhrase: true } t => $"\"{t.Text}\"" + (t.IsPrefix ? "*" : ""),
        TermNode t => t.Text + (t.IsPrefix ? "*" : ""),
        AndNode a => "(" + string.Join(" AND ", a.Children.Select(Render)) + ")",
        OrNode o => "(" + string.Join(" OR ", o.Children.Select(Render)) + ")",
        NotNode n => "-" + Render(n.Child),
        _ => "?",
    };
}
