using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Partnerships;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Partnerships;

public sealed class PartnershipDirectoryTests : IDisposable
{
    private const string Brackenford = "Brackenford District Council";
    private const string Saltmarsh = "Saltmarsh District Council";
    private const string Wendle = "Upper Wendle District Council";
    private const string Larkmoor = "Larkmoor District Council";

    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void List_DocumentsOfTwoArrangements_FacetsCountOtherFilters()
    {
        Seed();

        var all = temp.Index.Partnerships.List(new PartnershipQuery());
        var legal = temp.Index.Partnerships.List(new PartnershipQuery { Categories = ["legal"] });

        all.Total.Should().Be(2);
        all.Members.Should().Be(4);
        legal.Items.Should().ContainSingle().Which.Name.Should().Be("Legal: Brackenford, Larkmoor");
        legal.Facets[PartnershipFacets.Category].Select(c => (c.Value, c.Count)).Should().BeEquivalentTo([("legal", 1), ("revenues-benefits", 1)]);
        legal.Facets[PartnershipFacets.Model].Should().ContainSingle().Which.Value.Should().Be("lead-authority");
        temp.Index.Partnerships.List(new PartnershipQuery { Text = "wendle benefits" }).Items.Should().ContainSingle()
            .Which.Savings.Should().ContainSingle().Which.Amount.Should().Be(250_000m);
        temp.Index.Partnerships.List(new PartnershipQuery { Partners = ["3"], Models = ["lead-authority"] }).Total.Should().Be(0);
    }

    [Fact]
    public void Council_MemberOfBoth_ArrangementsPartnersAndDocuments()
    {
        Seed();

        var profile = temp.Index.Partnerships.Council("brackenford district council");

        profile.Should().NotBeNull();
        profile!.Name.Should().Be(Brackenford);
        profile.RegionLabel.Should().Be("Sample library (fictional)");
        profile.Arrangements.Should().HaveCount(2);
        profile.Partners.Select(p => p.Name).Should().BeEquivalentTo(Saltmarsh, Wendle, Larkmoor);
        profile.Documents.Select(d => d.Id).Should().BeEquivalentTo("rb-case", "rb-news", "legal-mou", "solo");
        temp.Index.Partnerships.Council("Nowhere Parish Meeting").Should().BeNull();
    }

    [Fact]
    public void List_AfterDocumentRemoved_DerivedAgain()
    {
        Seed();
        temp.Index.Partnerships.List(new PartnershipQuery()).Total.Should().Be(2);

        temp.Index.RemoveDocument("legal-mou").Should().BeTrue();

        temp.Index.Partnerships.List(new PartnershipQuery()).Items.Should().ContainSingle().Which.Category.Should().Be("revenues-benefits");
    }

    [Fact]
    public void Open_Version7Catalogue_AddsPartnershipTablesAndDerivesThem()
    {
        Seed();
        temp.Index.Dispose();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Directory, "library.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE partnership_members; DROP TABLE partnerships; DROP TABLE document_reports; DELETE FROM meta WHERE key = 'partnerships_generation'; PRAGMA user_version=7;";
            command.ExecuteNonQuery();
        }

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        reopened.Partnerships.List(new PartnershipQuery()).Total.Should().Be(2);
    }

    [Fact]
    public void Correct_VehicleAndHost_KeptAfterALaterIngestDerivesAgain()
    {
        Seed();
        var benefits = temp.Index.Partnerships.List(new PartnershipQuery { Categories = ["revenues-benefits"] }).Items.Single();

        temp.Index.Partnerships.Correct(benefits.Id, new PartnershipEdit
        {
            Model = "lead-authority",
            Members = [new PartnerRole(Brackenford, PartnershipRoles.Host), new PartnerRole(Saltmarsh, PartnershipRoles.Partner), new PartnerRole(Wendle, PartnershipRoles.Partner)],
            StartYear = 2013,
        });
        temp.Index.Apply(Docs.Upserts(Docs.Make("rb-report", "Shared revenues annual report", "The shared service had a good year.", "revenues-benefits", "joint-committee", "committee-report", 2015, councils: [Brackenford, Saltmarsh, Wendle])));

        var corrected = temp.Index.Partnerships.List(new PartnershipQuery { Categories = ["revenues-benefits"] }).Items.Single();
        corrected.Documents.Select(d => d.Id).Should().Contain("rb-report");
        corrected.Model.Should().Be("lead-authority");
        corrected.StartYear.Should().Be(2013);
        corrected.Corrected.Should().BeTrue();
        corrected.Members.Single(m => m.Name == Brackenford).Role.Should().Be(PartnershipRoles.Host);
    }

    [Fact]
    public void Merge_TwoArrangements_OneHoldingBothKeptAfterALaterChange()
    {
        Seed();
        var arrangements = temp.Index.Partnerships.All();
        var benefits = arrangements.Single(p => p.Category == "revenues-benefits");
        var legal = arrangements.Single(p => p.Category == "legal");

        temp.Index.Partnerships.Merge(benefits.Id, legal.Id);
        temp.Index.RemoveDocument("solo").Should().BeTrue();

        var merged = temp.Index.Partnerships.All().Should().ContainSingle().Subject;
        merged.Id.Should().Be(benefits.Id);
        merged.Documents.Select(d => d.Id).Should().BeEquivalentTo("rb-case", "rb-news", "legal-mou");
        merged.Members.Select(m => m.Name).Should().BeEquivalentTo(Brackenford, Saltmarsh, Wendle, Larkmoor);
    }

    [Fact]
    public void Correct_UnknownIdOrNothing_Refused()
    {
        Seed();
        var id = temp.Index.Partnerships.All()[0].Id;

        FluentActions.Invoking(() => temp.Index.Partnerships.Correct("nope", new PartnershipEdit { Status = "operational" })).Should().Throw<TemplateLibrary.Core.Errors.ArrangementNotFoundException>();
        FluentActions.Invoking(() => temp.Index.Partnerships.Correct(id, new PartnershipEdit())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => temp.Index.Partnerships.Merge(id, id)).Should().Throw<ArgumentException>();
    }

    private void Seed() => temp.Index.Apply(Docs.Upserts(
        Docs.Make("rb-case", "Shared revenues and benefits business case", "The shared service would cost less: a saving of £250,000 a year (14 per cent).", "revenues-benefits", "joint-committee", "business-case", 2012, councils: [Brackenford, Saltmarsh, Wendle]),
        Docs.Make("rb-news", "Shared revenues service goes live", "The shared revenues service went live in April 2013.", "revenues-benefits", "joint-committee", "news-item", 2013, councils: [Saltmarsh, Wendle, Brackenford]),
        Docs.Make("legal-mou", "Legal services memorandum", "Larkmoor will lead the shared legal service.", "legal", "lead-authority", "mou", 2016, councils: [Brackenford, Larkmoor]),
        Docs.Make("solo", "Brackenford strategy", "Our own strategy.", "legal", "in-house", "strategy-policy", 2016, councils: [Brackenford])));
}
