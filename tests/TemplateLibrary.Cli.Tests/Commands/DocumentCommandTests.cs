namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class DocumentCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public DocumentCommandTests()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Show_KnownId_PrintsTagsAndText()
    {
        var id = FirstId("quorum");

        var result = _cli.Run("show", id);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Joint Waste Committee").And.Contain("manifest").And.Contain("quorum is three members");
    }

    [Fact]
    public void Show_Agreement_ListsItsClausesWithHeadingKindsAndAnchor()
    {
        var id = FirstId("quorum");

        var result = _cli.Run("show", id, "--no-text");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        lines.Should().Contain("Clauses (2)");
        lines.Should().Contain(l => l.StartsWith("- Membership", StringComparison.Ordinal) && l.Contains("Governance", StringComparison.Ordinal) && l.EndsWith("#section-membership", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("- Functions", StringComparison.Ordinal) && l.EndsWith("#section-functions", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_DocumentThatIsNoAgreement_ListsNoClauses()
    {
        var id = FirstId("benefit");

        var result = _cli.Run("show", id, "--no-text");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().NotContain("Clauses (");
    }

    [Fact]
    public void Show_UnknownId_ExitsOne()
    {
        var result = _cli.Run("show", "does-not-exist");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("does-not-exist");
    }

    [Fact]
    public void Retag_Category_SurvivesAForcedReingest()
    {
        var id = FirstId("benefit");

        _cli.Run("retag", id, "--category", "revenues-benefits").ExitCode.Should().Be(0);
        _cli.Run("ingest", "library", "--force", "--json");

        _cli.Run("search", "--category", "revenues-benefits", "--json").Json
            .GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(id);
    }

    [Fact]
    public void Retag_UnknownCategory_ExitsTwoListingAllowedValues()
    {
        var result = _cli.Run("retag", FirstId("benefit"), "--category", "nonsense");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("allowed").And.Contain("revenues-benefits");
    }

    [Fact]
    public void Remove_KnownId_RemovesItFromSearch()
    {
        var id = FirstId("quorum");

        _cli.Run("remove", id).ExitCode.Should().Be(0);

        _cli.Run("search", "quorum").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Extract_Markdown_PrintsTextWithoutMarkup()
    {
        var result = _cli.Run("extract", "library/waste-committee-tor.md");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("The quorum is three members").And.NotContain("## Membership");
    }

    [Fact]
    public void Extract_Json_AddsClausesWithKindsAndAgreementFacts()
    {
        var result = _cli.Run("extract", "library/waste-committee-tor.md", "--json");

        result.ExitCode.Should().Be(0);
        var clauses = result.Json.GetProperty("agreement").GetProperty("clauses").EnumerateArray().ToList();
        var membership = clauses.Single(c => c.GetProperty("heading").GetString() == "Membership");
        membership.GetProperty("form").GetString().Should().Be("section");
        membership.GetProperty("anchor").GetString().Should().Be("section-membership");
        membership.GetProperty("kinds")[0].GetProperty("id").GetString().Should().Be("governance");
        var facts = result.Json.GetProperty("agreement").GetProperty("facts");
        facts.GetProperty("parties").GetArrayLength().Should().Be(0, "the terms of reference name the councils in a section, not a parties clause");
        facts.GetProperty("noticePeriod").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Extract_FakeDocx_ExitsThreeNamingTheFile()
    {
        var result = _cli.Run("extract", "library/not-really.docx");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("not-really.docx");
    }

    [Fact]
    public void Tag_StandardInput_ReturnsModelAndPowersWithEvidence()
    {
        const string text = "The councils establish a joint committee under section 101(5) and section 102 of the " +
            "Local Government Act 1972 to discharge their waste collection functions jointly.";

        var result = _cli.RunWithInput(text, "tag", "-", "--json");

        result.ExitCode.Should().Be(0);
        var json = result.Json;
        json.GetProperty("model").GetProperty("id").GetString().Should().Be("joint-committee");
        json.GetProperty("powers").EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().Contain("lga1972-s101");
        json.GetProperty("agreement").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "the text is not of a type whose clauses are read");
    }

    [Fact]
    public void Stats_AfterIngest_CountsDocuments()
    {
        var result = _cli.Run("stats", "--json");

        result.ExitCode.Should().Be(0);
        result.Json.GetProperty("documents").GetInt32().Should().Be(4);
    }

    private string FirstId(string query) =>
        _cli.Run("search", query, "--json").Json.GetProperty("results")[0].GetProperty("id").GetString()!;
}
