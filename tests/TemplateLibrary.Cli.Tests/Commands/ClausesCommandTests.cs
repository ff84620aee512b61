using System.Text.Json;

namespace TemplateLibrary.Cli.Tests.Commands;

public sealed class ClausesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    // The issue's done-when: on the sample library, the termination clauses about notice periods of joint-committee
    // agreements, and only those. The expected set is read from each joint-committee document's stored clauses.
    [Fact]
    public void Clauses_NoticePeriodTerminationJointCommittee_OnTheSampleLibrary_ReturnsTheTerminationClausesOfJointCommitteeAgreements()
    {
        var corpus = SampleLibrary();
        Assert.SkipWhen(corpus is null, "the sample library (corpus/manifest.csv) is not above the test's folder");
        var folders = new[] { "legal-agreement", "mou", "terms-of-reference" }.Select(f => Path.Combine(corpus!, f)).Where(Directory.Exists).ToList();
        _cli.Run(["ingest", .. folders, "--manifest", Path.Combine(corpus!, "manifest.csv"), "--no-ocr", "--json"]).ExitCode.Should().Be(0);

        var result = _cli.Run("clauses", "notice period", "--kind", "termination", "--model", "joint-committee", "--limit", "100", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        var found = result.Json.GetProperty("results").EnumerateArray().ToList();
        found.Should().OnlyContain(h => h.GetProperty("kinds").EnumerateArray().Any(k => k.GetString() == "termination"));
        var jointCommittee = _cli.Run("search", "--model", "joint-committee", "--limit", "100", "--json").Json.GetProperty("results")
            .EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        // The query's words match through the taxonomy's synonyms too ("12 months' notice"), and plain-English matching
        // lets a clause that only names a period in: every clause naming a notice period is found, of joint-committee
        // agreements only, and most of what is found is about notice.
        var aboutNotice = jointCommittee.SelectMany(id => TerminationClauses(id, "notice")).ToHashSet(StringComparer.Ordinal);
        var namingNoticePeriods = jointCommittee.SelectMany(id => TerminationClauses(id, "notice", "period")).ToList();
        var ids = found.Select(h => h.GetProperty("id").GetString()!).ToList();
        ids.Should().HaveCountGreaterThanOrEqualTo(3).And.Contain(namingNoticePeriods)
            .And.OnlyContain(id => jointCommittee.Contains(id.Split('#', 2)[0]));
        ids.Count(aboutNotice.Contains).Should().BeGreaterThan(ids.Count / 2);
        found.Select(h => h.GetProperty("documentTitle").GetString()).Should().Contain(t => t!.Contains("Kingsmere Joint Waste Committee", StringComparison.Ordinal));
        result.Json.GetProperty("facets").GetProperty("model").EnumerateArray()
            .Should().Contain(f => f.GetProperty("value").GetString() == "joint-committee" && f.GetProperty("count").GetInt32() == found.Count);
    }

    [Fact]
    public void Clauses_UnknownKind_ExitsTwoNamingTheKinds()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        var result = _cli.Run("clauses", "costs", "--kind", "terminashun");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("unknown clause kind 'terminashun'").And.Contain("termination");
    }

    [Fact]
    public void Clauses_KindOnTheTestLibrary_PrintsEachClauseWithItsAgreement()
    {
        _cli.Run("ingest", "library", "--manifest", "manifest.csv", "--json");

        var result = _cli.Run("clauses", "--kind", "governance", "--model", "joint-committee");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("1 clause").And.Contain("Membership in").And.Contain("#section-membership").And.Contain("kind: governance (1)");
    }

    [Fact]
    public void Search_BadReviewDate_ExitsTwo()
    {
        var result = _cli.Run("search", "--review-due-before", "31/12/2026");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--review-due-before must be a date");
    }

    private IEnumerable<string> TerminationClauses(string documentId, params string[] words)
    {
        var document = _cli.Run("show", documentId, "--json").Json;
        var agreement = document.GetProperty("document").GetProperty("agreement");
        foreach (var clause in agreement.GetProperty("clauses").EnumerateArray())
        {
            var text = clause.GetProperty("heading").ValueKind == JsonValueKind.String
                ? clause.GetProperty("heading").GetString() + " " + clause.GetProperty("text").GetString()
                : clause.GetProperty("text").GetString()!;
            if (clause.GetProperty("isUnit").GetBoolean()
                && clause.GetProperty("kinds").EnumerateArray().Any(k => k.GetProperty("id").GetString() == "termination")
                && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                yield return documentId + "#" + clause.GetProperty("anchor").GetString();
            }
        }
    }

    private static string? SampleLibrary()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "corpus", "manifest.csv")))
            {
                return Path.Combine(folder.FullName, "corpus");
            }
        }

        return null;
    }
}
