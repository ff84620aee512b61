using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Clauses;

public sealed class ClauseSearchTests : IDisposable
{
    private static readonly AgreementReader Reader = new(Taxonomy.LoadDefault());
    private readonly TempIndex temp = new(new LibraryIndexOptions { Clock = () => new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) });

    public void Dispose() => temp.Dispose();

    [Fact]
    public void SearchClauses_KindAndModel_FindsTheTerminationClausesOfThatModelOnly()
    {
        temp.Index.Apply(Docs.Upserts(
            Agreement("jc", "Joint committee agreement", "joint-committee", "2022"),
            Agreement("la", "Lead authority agreement", "lead-authority", "2030")));

        var response = temp.Index.SearchClauses(new ClauseSearchRequest
        {
            Search = new SearchRequest { Query = "notice period", Filters = Filter("model", "joint-committee") },
            Kinds = ["termination"],
        });

        response.Results.Should().NotBeEmpty();
        response.Results.Should().OnlyContain(h => h.DocumentId == "jc" && h.Kinds.Contains("termination"));
        response.Results[0].Anchor.Should().Be("clause-3");
        response.Results[0].Snippet.HasMatch.Should().BeTrue();
        response.Facets["model"].Should().Contain(f => f.Value == "lead-authority" && f.Count > 0, "a facet's counts ignore its own filter");
        response.Kinds.Should().Contain(k => k.Value == "termination");
    }

    [Fact]
    public void Apply_Agreement_StoresClausesAndFactsAndReplacesThemOnRemoval()
    {
        temp.Index.Apply(Docs.Upserts(Agreement("jc", "Joint committee agreement", "joint-committee", "2022")));

        var stored = temp.Index.GetDocument("jc")!.Agreement;
        stored.Clauses.Should().Contain(c => c.Anchor == "clause-3" && c.Heading == "Termination" && c.Kinds.Any(k => k.Id == "termination" && k.Evidence.Count > 0));
        stored.Facts.Review!.Value.Should().Be("2022-01");
        temp.Index.GetClauses(["jc#clause-3", "jc#nothing"]).Should().ContainSingle().Which.DocumentTitle.Should().Be("Joint committee agreement");

        temp.Index.RemoveDocument("jc");
        temp.Index.SearchClauses(new ClauseSearchRequest { Search = new SearchRequest { Query = "notice" } }).Total.Should().Be(0);
    }

    [Fact]
    public void Search_ReviewDue_FindsAgreementsWhoseReviewDateHasPassed()
    {
        temp.Index.Apply(Docs.Upserts(
            Agreement("old", "Old agreement", "joint-committee", "2022"),
            Agreement("new", "New agreement", "joint-committee", "2030")));

        temp.Index.Search(new SearchRequest { Query = "review:due" }).Results.Select(r => r.Id).Should().Equal("old");
        temp.Index.Search(new SearchRequest { ReviewDueBefore = new DateOnly(2031, 1, 1) }).Total.Should().Be(2);
        temp.Index.SearchClauses(new ClauseSearchRequest { Search = new SearchRequest { Query = "review:due termination" } })
            .Results.Should().OnlyContain(h => h.DocumentId == "old");
        temp.Index.ListDueForReview(months: 12).Select(r => (r.DocumentId, r.Overdue)).Should().Equal(("old", true));
        temp.Index.ListDueForReview(months: 120).Select(r => r.DocumentId).Should().Equal("old", "new");
    }

    [Fact]
    public void SearchClauses_UnknownKind_NamesTheKinds()
    {
        var act = () => temp.Index.SearchClauses(new ClauseSearchRequest { Kinds = ["terminashun"] });

        act.Should().Throw<Core.Errors.SearchQueryException>().WithMessage("*unknown clause kind 'terminashun'*termination*");
    }

    private static Dictionary<string, IReadOnlyList<string>> Filter(string facet, string value) => new(StringComparer.Ordinal) { [facet] = [value] };

    private static DocumentRecord Agreement(string id, string title, string model, string reviewYear)
    {
        var body = $"""
            {title.ToUpperInvariant()}

            1. Definitions

            1.1 In this Agreement the Councils means the parties named above and the Service means the shared service.

            2. Term

            2.1 This Agreement shall commence on 1 April 2019 and shall continue for a period of five years.

            3. Termination

            3.1 Any Council may terminate this Agreement by giving not less than twelve months' notice in writing to the other Councils.

            3.2 The notice period shall expire on 31 March in any year.

            4. Review

            4.1 This Agreement shall be reviewed in January {reviewYear} by the Joint Committee.
            """;
        return Docs.Make(id, title, body, category: "legal", model: model, type: "legal-agreement", year: 2019, agreements: Reader);
    }
}
