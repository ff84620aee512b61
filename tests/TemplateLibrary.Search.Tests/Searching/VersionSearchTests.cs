using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

/// <summary>A family of three versions of one MOU (2021, 2023 and 2025 by the file's time), and an unrelated MOU.</summary>
public sealed class VersionSearchTests : IDisposable
{
    private static readonly string Mou = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"paragraph {i} says the partner councils share the waste collection depot"));
    private readonly TempIndex temp = new();

    public VersionSearchTests()
    {
        temp.Index.Apply(Docs.Upserts(
            Version("v1", "Waste Depot MOU draft", Mou, 2021, "legal"),
            Version("v2", "Waste Depot MOU", Mou + " and its fuel store", 2023, "legal"),
            Version("v3", "Waste Depot MOU (revised)", Mou + " and its fuel store and its workshop", 2025, "waste"),
            Version("other", "Waste Transfer Station MOU", string.Join(' ', Enumerable.Range(1, 80).Select(i => $"the transfer station of the partner councils opens on day {i}")), 2024, "waste")));
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Search_Default_ShowsTheNewestVersionWithItsEarlierOnesCountedAndFacetsOfWhatIsShown()
    {
        var response = temp.Index.Search(new SearchRequest { Query = "partner councils" });

        response.Results.Select(r => r.Id).Should().BeEquivalentTo(["v3", "other"]);
        response.Results.Single(r => r.Id == "v3").EarlierVersions.Should().Be(2);
        response.Total.Should().Be(2);
        response.Versions.Should().Be(new VersionCounts(2, 4));
        response.Facets["category"].Should().BeEquivalentTo([new FacetCount("waste", "Waste & Recycling", 2)], o => o.Excluding(c => c.Label));
    }

    [Fact]
    public void Search_AllVersions_ShowsEveryVersionPointingToTheCurrentOne()
    {
        var response = temp.Index.Search(new SearchRequest { Query = "partner councils", AllVersions = true });

        response.Total.Should().Be(4);
        response.Versions.Should().Be(new VersionCounts(2, 4));
        response.Results.Where(r => r.Id is "v1" or "v2").Select(r => r.CurrentVersionId).Should().Equal("v3", "v3");
        response.Facets["category"].Select(c => (c.Value, c.Count)).Should().BeEquivalentTo([("waste", 2), ("legal", 2)]);
    }

    [Fact]
    public void Search_FilterOnlyEarlierVersionsMatch_CountsThemUnderAllVersionsOnly()
    {
        var response = temp.Index.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["category"] = ["legal"] } });

        response.Total.Should().Be(0);
        response.Versions.Should().Be(new VersionCounts(0, 2));
    }

    [Fact]
    public void RemoveDocument_CurrentVersion_MakesTheNextNewestCurrent()
    {
        temp.Index.RemoveDocument("v3").Should().BeTrue();

        var hit = temp.Index.Search(new SearchRequest { Query = "partner councils" }).Results.Single(r => r.Id != "other");
        hit.Id.Should().Be("v2");
        hit.EarlierVersions.Should().Be(1);
        temp.Index.GetDetails("v1")!.Versions.Select(v => (v.Id, v.IsCurrent)).Should().Equal(("v2", true), ("v1", false));
    }

    [Fact]
    public void GetDetails_EarlierVersion_DiffsItsTextAgainstTheCurrentOne()
    {
        var versions = temp.Index.GetDetails("v2")!.Versions;

        versions.Select(v => v.Id).Should().Equal("v3", "v2", "v1");
        var v2 = versions[1];
        v2.WordsAdded.Should().Be(3);
        v2.WordsRemoved.Should().Be(0);
        string.Concat(v2.Changes.Where(c => c.Kind == DiffKind.Added).Select(c => c.Text)).Should().Be(" and its workshop");
        v2.Changes.Should().Contain(c => c.Kind == DiffKind.Gap, "long unchanged runs are shortened");
        versions[0].Changes.Should().BeEmpty();
    }

    [Fact]
    public void GetMatrix_CountsCurrentVersionsOnly()
    {
        var matrix = temp.Index.GetMatrix("category", "type");

        matrix.Cells.Sum(c => c.Count).Should().Be(2);
    }

    private static DocumentRecord Version(string id, string title, string body, int year, string category) =>
        Docs.Versioned(Docs.Make(id, title, body, category: category, type: "mou", modified: new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero)));
}
