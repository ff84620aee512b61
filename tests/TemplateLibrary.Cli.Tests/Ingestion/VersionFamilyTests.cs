using System.Text.Json;

namespace TemplateLibrary.Cli.Tests.Ingestion;

/// <summary>TestData/versions: a data sharing agreement template (modified 14 March 2023), its edited copy "(revised)"
/// (modified 2 October 2025, 50 words added, 5 removed) and an information sharing protocol whose text is the template's
/// under another title (all three DOCX made with LibreOffice from flat ODT).</summary>
public sealed class VersionFamilyTests : IDisposable
{
    private const string Template = "data-sharing-agreement-template.docx";
    private const string Revised = "data-sharing-agreement-template-v2-revised.docx";
    private const string Protocol = "information-sharing-protocol.docx";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Ingest_EditedCopyBesideTemplate_BecomesCurrentVersion()
    {
        _cli.Run("ingest", "versions").ExitCode.Should().Be(0);

        var search = _cli.Run("search", "data", "sharing", "agreement", "--json").Json;
        var family = Hits(search).Where(h => Path.GetFileName(h.GetProperty("path").GetString()) is Template or Revised).ToList();
        family.Should().ContainSingle("one hit per family by default");
        var current = family[0];
        Path.GetFileName(current.GetProperty("path").GetString()).Should().Be(Revised);
        current.GetProperty("earlierVersions").GetInt32().Should().Be(1);
        search.GetProperty("versions").GetProperty("current").GetInt32().Should().Be(search.GetProperty("total").GetInt32());
        search.GetProperty("versions").GetProperty("all").GetInt32().Should().Be(search.GetProperty("total").GetInt32() + 1);

        var all = _cli.Run("search", "data", "sharing", "agreement", "--all-versions", "--json").Json;
        var versions = Hits(all).Where(h => Path.GetFileName(h.GetProperty("path").GetString()) is Template or Revised).ToList();
        versions.Should().HaveCount(2);
        var earlier = versions.Single(h => Path.GetFileName(h.GetProperty("path").GetString()) == Template);
        earlier.GetProperty("currentVersionId").GetString().Should().Be(current.GetProperty("id").GetString());
        all.GetProperty("total").GetInt32().Should().Be(all.GetProperty("versions").GetProperty("all").GetInt32());
    }

    [Fact]
    public void Show_CurrentVersion_ListsBothVersionsWithTheEditsMarked()
    {
        _cli.Run("ingest", "versions").ExitCode.Should().Be(0);
        var current = CurrentOf(_cli.Run("search", "data", "sharing", "agreement", "--json").Json);

        var show = _cli.Run("show", current, "--no-text", "--json").Json;

        var versions = show.GetProperty("versions").EnumerateArray().ToList();
        versions.Should().HaveCount(2);
        versions[0].GetProperty("id").GetString().Should().Be(current);
        versions[0].GetProperty("isCurrent").GetBoolean().Should().BeTrue();
        versions[0].GetProperty("date").GetProperty("value").GetString().Should().StartWith("2025-10-02");
        versions[1].GetProperty("date").GetProperty("value").GetString().Should().StartWith("2023-03-14");
        var changes = versions[1].GetProperty("changes").EnumerateArray().ToList();
        Text(changes, "added").Should().Contain("certificate of").And.Contain("Information Commissioner");
        Text(changes, "removed").Should().Contain("two");
        _cli.Run("show", current, "--no-text").Output.Should().Contain("Versions (2)").And.Contain("current");
    }

    [Fact]
    public void Ingest_CurrentVersionRemoved_EarlierOneBecomesCurrent()
    {
        _cli.Run("ingest", "versions").ExitCode.Should().Be(0);
        File.Delete(Path.Combine(_cli.Root, "versions", Revised));

        _cli.Run("ingest", "versions").ExitCode.Should().Be(0);

        var search = _cli.Run("search", "data", "sharing", "agreement", "--json").Json;
        var hit = Hits(search).Single(h => Path.GetFileName(h.GetProperty("path").GetString()) == Template);
        hit.GetProperty("earlierVersions").GetInt32().Should().Be(0);
        hit.GetProperty("currentVersionId").ValueKind.Should().Be(JsonValueKind.Null);
        search.GetProperty("versions").GetProperty("all").GetInt32().Should().Be(search.GetProperty("versions").GetProperty("current").GetInt32());
    }

    [Fact]
    public void Ingest_SimilarTextUnderAnotherTitle_IsNoVersion()
    {
        var ingest = _cli.Run("ingest", "versions", "--json").Json;
        ingest.GetProperty("nearDuplicates").EnumerateArray()
            .Should().Contain(l => Path.GetFileName(l.GetProperty("path").GetString()) == Protocol || Path.GetFileName(l.GetProperty("otherPath").GetString()) == Protocol,
                "the protocol's text is a near-duplicate of the template's");

        var search = _cli.Run("search", "information", "sharing", "protocol", "--json").Json;
        var protocol = Hits(search).Single(h => Path.GetFileName(h.GetProperty("path").GetString()) == Protocol);
        protocol.GetProperty("earlierVersions").GetInt32().Should().Be(0);
        protocol.GetProperty("currentVersionId").ValueKind.Should().Be(JsonValueKind.Null);
        _cli.Run("show", protocol.GetProperty("id").GetString()!, "--no-text", "--json").Json
            .GetProperty("versions").GetArrayLength().Should().Be(0);
    }

    private static List<JsonElement> Hits(JsonElement search) => [.. search.GetProperty("results").EnumerateArray()];

    private static string CurrentOf(JsonElement search) =>
        Hits(search).Single(h => Path.GetFileName(h.GetProperty("path").GetString()) == Revised).GetProperty("id").GetString()!;

    private static string Text(List<JsonElement> changes, string kind) =>
        string.Concat(changes.Where(c => c.GetProperty("kind").GetString() == kind).Select(c => c.GetProperty("text").GetString()));
}
