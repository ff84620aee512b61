using Microsoft.Data.Sqlite;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class HostileQueryTests(FixtureLibrary library) : IClassFixture<FixtureLibrary>
{
    public static TheoryData<string> Hostile() => new()
    {
        "\"unbalanced",
        "\"\"\"",
        "legal\"",
        "OR",
        "AND",
        "NOT",
        "NOT NOT NOT",
        "legal OR OR OR",
        "NEAR(",
        "NEAR(legal ict, 5)",
        "*",
        "**legal**",
        "^",
        "^legal",
        ":",
        "title:legal",
        "body:legal",
        "{title}: legal",
        "legal + - ict",
        "-",
        "--",
        "(",
        ")",
        ")(",
        "'; DROP TABLE documents; --",
        "\" OR 1=1 --",
        "legal'); DELETE FROM documents; --",
        "\u0000\u0001\u0002",
        "legal\u0000ict",
        "🎉🎉 legal 🎉",
        "\ud800 broken surrogate",
        "\uE000legal\uE001",
        "year:",
        "category:",
        "council:\"",
        "council:\"Northmere",
        "model:lead-authority OR",
        "a* b* c* d*",
        "\\\\ // %% _",
        "legal & ict | waste",
        "ñandú ÉCOLE",
        "\u0301",
        "a\u0301 \u0301*",
        "² Ⅻ ³*",
        "\u200B\uFEFF",
        "\"\u0301\"",
        "title : (\"x\")",
        new string('(', 999),
        string.Concat(Enumerable.Repeat("legal OR ", 110)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Search_HostileInput_ReturnsResultsOrQueryError(string query)
    {
        AssertSafe(query);
    }

    [Fact]
    public void Search_TenThousandCharacters_IsRejectedAsTooLong()
    {
        var act = () => library.Index.Search(new SearchRequest { Query = new string('x', 10_000) });

        act.Should().Throw<SearchQueryException>().WithMessage("query too long (10000 characters; limit 1000)");
    }

    [Fact]
    public void Search_RandomPunctuationSoup_NeverFailsWithSqliteError()
    {
        const string alphabet = "\"'()*^:-+ORANDNOTnear{}[],.;!?|&\\/<>=~`@#$%  legal ict\u0000\uE000🎉é";
        var random = new Random(20261122);
        for (var i = 0; i < 400; i++)
        {
            var length = random.Next(1, 60);
            var query = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            AssertSafe(query);
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Suggest_HostileInput_GivesAtMostTheLimitOfRealWords(string prefix)
    {
        var suggestions = library.Index.Suggest(prefix.Length > 1000 ? prefix[..1000] : prefix, 5);

        suggestions.Should().HaveCountLessThanOrEqualTo(5).And.NotContain(s => string.IsNullOrWhiteSpace(s));
    }

    [Fact]
    public void Search_SqlLookingText_LeavesTheIndexIntact()
    {
        library.Index.Search(new SearchRequest { Query = "'; DROP TABLE documents; --" });

        library.Index.Search(new SearchRequest()).Total.Should().Be(6);
    }

    private void AssertSafe(string query)
    {
        try
        {
            var response = library.Index.Search(new SearchRequest { Query = query });
            response.Total.Should().BeGreaterThanOrEqualTo(0);
        }
        catch (SearchQueryException error)
        {
            error.Message.Should().NotContain("\n");
        }
        catch (SqliteException error)
        {
            throw new Xunit.Sdk.XunitException($"query {query} raised SqliteException: {error.Message}");
        }
    }
}
