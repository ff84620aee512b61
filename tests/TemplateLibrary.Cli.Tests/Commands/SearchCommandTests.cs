namespace TemplateLibrary.Cli.Tests.Commands;

// Every test only searches, so the class shares one ingested library.
public sealed class SearchCommandTests(IngestedTestLibrary library) : IClassFixture<IngestedTestLibrary>
{
    private readonly CliRunner _cli = library.Cli;

    [Fact]
    public void Search_Json_HasTheContractShape()
    {
        var result = _cli.Run("search", "shared", "legal", "--json");

        result.ExitCode.Should().Be(0);
        var json = result.Json;
        json.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        var hit = json.GetProperty("results")[0];
        foreach (var name in new[] { "id", "title", "path", "format", "score", "snippet", "category", "model", "type", "powers", "councils", "year" })
        {
            hit.TryGetProperty(name, out _).Should().BeTrue($"a result has '{name}'");
        }

        hit.GetProperty("title").GetString().Should().Be("Shared Legal Service MOU");
        hit.GetProperty("category").GetString().Should().Be("legal");
        hit.GetProperty("powers").EnumerateArray().Select(p => p.GetString()).Should().Contain("lga1972-s113");
        foreach (var facet in new[] { "category", "model", "type", "power", "year" })
        {
            json.GetProperty("facets").TryGetProperty(facet, out _).Should().BeTrue($"facets has '{facet}'");
        }

        json.TryGetProperty("suggestion", out _).Should().BeTrue();
    }

    [Fact]
    public void Search_FacetOption_FiltersResults()
    {
        var result = _cli.Run("search", "--model", "joint-committee", "--json");

        result.ExitCode.Should().Be(0);
        result.Json.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("title").GetString()).Should().Equal("Joint Waste Committee Terms of Reference");
    }

    [Fact]
    public void Search_PartnerOption_FiltersByAPartnerBodyTheTaggerFound()
    {
        var result = _cli.Run("search", "--partner", "Saltmarsh Constabulary", "--json");

        result.ExitCode.Should().Be(0);
        result.Json.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("title").GetString()).Should().Equal("Case Study: A Shared Revenues and Benefits Partnership");
        result.Json.GetProperty("facets").GetProperty("partner").EnumerateArray()
            .Select(f => f.GetProperty("value").GetString()).Should().Equal("Saltmarsh Constabulary");
    }

    [Fact]
    public void Search_NothingFound_ExitsOne()
    {
        var result = _cli.Run("search", "zeppelin");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("No documents found");
    }

    [Theory]
    [InlineData("-legal")]
    [InlineData("year:20x5")]
    public void Search_QueryErrors_ExitTwoWithOneLine(string query)
    {
        var result = _cli.Run("search", query);

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("error:");
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("*")]
    public void Search_HostileInput_NeverCrashes(string query)
    {
        var result = _cli.Run("search", query, "--json");

        result.ExitCode.Should().BeOneOf(0, 1, 2);
        result.Error.Should().NotContain("   at ", "no stack trace reaches the user");
    }

    [Fact]
    public void Search_UnknownOption_ExitsTwo()
    {
        var result = _cli.Run("search", "legal", "--colour");

        result.ExitCode.Should().Be(2);
    }
}
