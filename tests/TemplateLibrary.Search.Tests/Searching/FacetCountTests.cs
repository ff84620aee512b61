using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Searching;

public sealed class FacetCountTests(FixtureLibrary library) : IClassFixture<FixtureLibrary>
{
    [Fact]
    public void Search_TwoFacetsSelected_AndsAcrossFacetsAndCountsEachWithoutItsOwnFilter()
    {
        var response = library.Index.Search(Fixture.Request(null, ("category", ["legal"]), ("model", ["lead-authority"])));

        response.Total.Should().Be(1);
        response.Results.Select(r => r.Id).Should().Equal("d1");
        Counts(response, "category").Should().BeEquivalentTo(new Dictionary<string, int> { ["legal"] = 1, ["ict-digital"] = 1 });
        Counts(response, "model").Should().BeEquivalentTo(new Dictionary<string, int> { ["lead-authority"] = 1, ["joint-committee"] = 1, ["teckal-company"] = 1 });
        Counts(response, "type").Should().BeEquivalentTo(new Dictionary<string, int> { ["mou"] = 1 });
        Counts(response, "year").Should().BeEquivalentTo(new Dictionary<string, int> { ["2016"] = 1 });
    }

    [Fact]
    public void Search_TwoValuesOfOneFacet_OrsWithinTheFacet()
    {
        var response = library.Index.Search(Fixture.Request(null, ("category", ["legal", "ict-digital"]), ("type", ["business-case"])));

        response.Results.Select(r => r.Id).Should().BeEquivalentTo(["d3", "d4"]);
        Counts(response, "category").Should().BeEquivalentTo(new Dictionary<string, int> { ["ict-digital"] = 2, ["legal"] = 1 });
        Counts(response, "type").Should().BeEquivalentTo(new Dictionary<string, int> { ["business-case"] = 2, ["mou"] = 1, ["legal-agreement"] = 1 });
    }

    [Fact]
    public void Search_TextAndFilter_CountsApplyTheText()
    {
        var response = library.Index.Search(Fixture.Request("committee", ("model", ["contracting"])));

        response.Results.Select(r => r.Id).Should().Equal("d5");
        Counts(response, "model").Should().BeEquivalentTo(new Dictionary<string, int> { ["joint-committee"] = 1, ["contracting"] = 1 });
        Counts(response, "category").Should().BeEquivalentTo(new Dictionary<string, int> { ["waste-environmental"] = 1 });
    }

    [Fact]
    public void Search_NoFilter_CountsEveryDocument()
    {
        var response = library.Index.Search(new SearchRequest());

        response.Total.Should().Be(6);
        Counts(response, "category")["legal"].Should().Be(3);
        Counts(response, "council")["Northmere District Council"].Should().Be(3);
        Counts(response, "power")["lga1972-s101"].Should().Be(2);
        Counts(response, "year")["2018"].Should().Be(2);
    }

    [Fact]
    public void Search_SelectedValueWithNoDocuments_IsListedAtZero()
    {
        var response = library.Index.Search(Fixture.Request(null, ("council", ["Nowhere Council"])));

        response.Total.Should().Be(0);
        response.Facets["council"].Should().ContainSingle(c => c.Value == "Nowhere Council" && c.Count == 0);
        Counts(response, "council")["Northmere District Council"].Should().Be(3);
    }

    [Fact]
    public void Search_Facets_OrderedByCountThenLabelWithTaxonomyLabels()
    {
        var categories = library.Index.Search(new SearchRequest()).Facets["category"];

        categories.Select(c => c.Count).Should().BeInDescendingOrder();
        categories[0].Should().Be(new FacetCount("legal", "Legal", 3));
        categories.Where(c => c.Count == 1).Select(c => c.Label).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_QueryTextFilter_MergesWithRequestFilters()
    {
        var response = library.Index.Search(Fixture.Request("council:\"northmere district council\"", ("type", ["legal-agreement"])));

        response.Results.Select(r => r.Id).Should().BeEquivalentTo(["d2", "d6"]);
    }

    [Fact]
    public void Search_YearRange_FiltersAndYearFacetIgnoresIt()
    {
        var response = library.Index.Search(new SearchRequest { YearFrom = 2018, YearTo = 2019 });

        response.Results.Select(r => r.Id).Should().BeEquivalentTo(["d2", "d3", "d6"]);
        Counts(response, "year").Keys.Should().BeEquivalentTo(["2014", "2016", "2018", "2019", "2021"]);
    }

    [Fact]
    public void Search_NegatedFieldFilter_ExcludesEverywhere()
    {
        var response = library.Index.Search(new SearchRequest { Query = "business -category:legal" });

        response.Results.Select(r => r.Id).Should().Equal("d3");
        Counts(response, "category").Should().NotContainKey("legal");
    }

    [Fact]
    public void Search_PartnerBodyFilter_NarrowsAndIsCountedApartFromCouncils()
    {
        using var temp = new TempIndex();
        Fixture.Load(temp.Index);
        temp.Index.Apply(Docs.Upserts(Docs.Make(
            "d7", "Integrated care hub agreement", "A section 75 agreement with the NHS for a joint care hub.", "adult-social-care-health", "service-integration",
            "legal-agreement", 2020, councils: ["Northmere District Council"], partners: ["NHS Northmere ICB"])));

        var response = temp.Index.Search(new SearchRequest { Query = "partner:\"NHS Northmere ICB\"" });

        response.Results.Select(r => r.Id).Should().Equal("d7");
        Counts(response, "partner").Should().BeEquivalentTo(new Dictionary<string, int> { ["NHS Northmere ICB"] = 1 });
        Counts(response, "council").Should().BeEquivalentTo(new Dictionary<string, int> { ["Northmere District Council"] = 1 });
    }

    private static Dictionary<string, int> Counts(SearchResponse response, string facet) =>
        response.Facets[facet].ToDictionary(c => c.Value, c => c.Count);
}
