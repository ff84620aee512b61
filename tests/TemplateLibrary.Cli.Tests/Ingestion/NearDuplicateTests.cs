namespace TemplateLibrary.Cli.Tests.Ingestion;

public sealed class NearDuplicateTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Ingest_TwoVersionsOfOneDocument_ReportsThemAsNearDuplicatesAndShowLinksThem()
    {
        var original = File.ReadAllText(Path.Combine(_cli.Root, "library", "legal-mou.md"));
        File.WriteAllText(
            Path.Combine(_cli.Root, "library", "legal-mou-v2.md"),
            original.Replace("confidentiality clause", "confidentiality and data protection clauses", StringComparison.Ordinal));

        var result = _cli.Run("ingest", "library", "--json");

        var link = result.Json.GetProperty("nearDuplicates").EnumerateArray().Should().ContainSingle().Subject;
        new[] { link.GetProperty("path").GetString(), link.GetProperty("otherPath").GetString() }
            .Select(Path.GetFileName).Should().BeEquivalentTo(["legal-mou.md", "legal-mou-v2.md"]);
        link.GetProperty("similarity").GetDouble().Should().BeGreaterThan(0.5);

        var show = _cli.Run("show", link.GetProperty("documentId").GetString()!, "--no-text");
        show.Output.Should().Contain("Near-duplicates").And.Contain(link.GetProperty("otherId").GetString());
    }

    [Fact]
    public void Ingest_FamilyOfVersions_ListsOnlyTheClosestFewPerDocument()
    {
        var original = File.ReadAllText(Path.Combine(_cli.Root, "library", "legal-mou.md"));
        for (var version = 2; version <= 6; version++)
        {
            File.WriteAllText(
                Path.Combine(_cli.Root, "library", $"legal-mou-v{version}.md"),
                original.Replace("confidentiality clause", $"confidentiality clause (revision {version})", StringComparison.Ordinal));
        }

        var result = _cli.Run("ingest", "library", "--json");

        var links = result.Json.GetProperty("nearDuplicates").EnumerateArray().ToList();
        links.Should().NotBeEmpty();
        links.GroupBy(l => l.GetProperty("documentId").GetString()).Should().OnlyContain(g => g.Count() <= 3);
        var show = _cli.Run("show", links[0].GetProperty("documentId").GetString()!, "--no-text", "--json");
        show.Json.GetProperty("nearDuplicates").GetArrayLength().Should().Be(5, "show lists every near-duplicate of the six versions");
    }

    [Fact]
    public void Ingest_UnrelatedDocuments_ReportsNoNearDuplicates()
    {
        var result = _cli.Run("ingest", "library", "--json");

        result.Json.GetProperty("nearDuplicates").GetArrayLength().Should().Be(0);
    }
}
