using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Documents;

public sealed class DocumentApiTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly TempIndex temp = new(new LibraryIndexOptions { Clock = () => Now });

    public DocumentApiTests()
    {
        Fixture.Load(temp.Index);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void GetDocument_Known_ReturnsEveryField()
    {
        var document = temp.Index.GetDocument("d2")!;

        document.Title.Should().Be("Joint committee agreement");
        document.Format.Should().Be("md");
        document.Paths.Should().Equal("/library/d2.md");
        document.PageCount.Should().Be(2);
        document.WordCount.Should().BeGreaterThan(5);
        document.Year.Should().Be(2018);
        document.IngestedAt.Should().Be(Now);
        document.Metadata.Author.Should().Be("Test");
        document.Metadata.Keywords.Should().Equal("k1", "k2");
        document.Warnings.Should().Equal("a warning");
        document.Text.Should().Contain("inter-authority agreement");
        document.Tags.Should().Contain(new Tag("power", "lga1972-s102", TagSource.Manifest));
        document.EffectiveTags.Select(t => t.Facet).Should().Contain(["category", "model", "type", "power", "council", "year"]);
    }

    [Fact]
    public void GetDocument_Unknown_ReturnsNull()
    {
        temp.Index.GetDocument("nope").Should().BeNull();
    }

    [Fact]
    public void SetLibrarianTags_Known_OverridesFacetAndShowsInSearch()
    {
        temp.Index.SetLibrarianTags("d5", "category", ["housing", "legal"]);

        var hit = temp.Index.Search(new SearchRequest { Query = "waste" }).Results.Single();
        hit.Categories.Should().Equal("housing", "legal");
        temp.Index.Search(Fixture.Request(null, ("category", ["legal"]))).Total.Should().Be(4);
    }

    [Fact]
    public void SetLibrarianTags_EmptyList_RevertsToSuppliedTags()
    {
        temp.Index.SetLibrarianTags("d5", "category", ["housing"]);
        temp.Index.SetLibrarianTags("d5", "category", []);

        temp.Index.Search(new SearchRequest { Query = "waste" }).Results.Single().Category.Should().Be("waste-environmental");
    }

    [Fact]
    public void SetLibrarianTags_Year_ChangesTheYearFilter()
    {
        temp.Index.SetLibrarianTags("d5", "year", ["2024"]);

        temp.Index.Search(new SearchRequest { YearFrom = 2024 }).Results.Select(r => r.Id).Should().Equal("d5");
    }

    [Fact]
    public void SetLibrarianTags_UnknownDocument_Throws()
    {
        var act = () => temp.Index.SetLibrarianTags("nope", "category", ["legal"]);

        act.Should().Throw<DocumentNotFoundException>();
    }

    [Fact]
    public void SetLibrarianTags_UnknownFacet_Throws()
    {
        var act = () => temp.Index.SetLibrarianTags("d1", "colour", ["red"]);

        act.Should().Throw<ArgumentException>().WithMessage("unknown facet 'colour'*");
    }

    [Fact]
    public void RemoveDocument_Known_RemovesItEverywhere()
    {
        temp.Index.RemoveDocument("d1").Should().BeTrue();

        temp.Index.RemoveDocument("d1").Should().BeFalse();
        temp.Index.GetFiles().Should().NotContainKey("/library/d1.md");
        temp.Index.Search(new SearchRequest { Query = "lawyers" }).Total.Should().Be(0);
    }

    [Fact]
    public void ListUncertain_LowConfidenceAutoAndMissing_AreListed()
    {
        temp.Index.Apply(Docs.Upserts(
            Docs.Make("auto-low", "Guessed", "text", "legal", "lead-authority", "mou", source: TagSource.Auto, confidence: 0.3),
            Docs.Make("auto-high", "Sure", "text", "legal", "lead-authority", "mou", source: TagSource.Auto, confidence: 0.9),
            Docs.Make("untagged", "Nothing", "text")));

        var items = temp.Index.ListUncertain(0.5);

        items.Select(i => i.Id).Should().BeEquivalentTo(["auto-low", "untagged"]);
        var low = items.Single(i => i.Id == "auto-low");
        low.Issues.Select(i => i.Facet).Should().Equal("category", "model", "type");
        low.Issues[0].Should().Be(new ReviewIssue("category", "legal", 0.3, "cue: legal"));
        items.Single(i => i.Id == "untagged").Issues.Should().OnlyContain(i => i.Value == null && i.Confidence == 0);
    }

    [Fact]
    public void ListUncertain_TwoIngests_NewestDocumentFirst()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("older", "Alpha guessed", "older text", "legal", "lead-authority", "mou", source: TagSource.Auto, confidence: 0.3)));
        // This class's clock stands still: the second ingest happens a day later.
        temp.Reopen(new LibraryIndexOptions { Clock = () => Now.AddDays(1) });
        temp.Index.Apply(Docs.Upserts(Docs.Make("newer", "Zulu guessed", "newer text", "legal", "lead-authority", "mou", source: TagSource.Auto, confidence: 0.3)));

        var ids = temp.Index.ListUncertain(0.5).Select(i => i.Id).ToList();

        ids.Should().Contain(["older", "newer"]);
        ids.IndexOf("newer").Should().BeLessThan(ids.IndexOf("older"), "the review queue shows the newest document first, whatever its title");
    }

    [Fact]
    public void ListUncertain_ScanWithoutTextLayer_ListedWithItsScannedWarningOnly()
    {
        var plain = Docs.Make("untagged", "Nothing", "text");
        var scan = Docs.Make("scan", "Signed agreement", string.Empty, format: "pdf");
        temp.Index.Apply(Docs.Upserts(plain, new DocumentRecord
        {
            Id = scan.Id,
            Hash = scan.Hash,
            Path = scan.Path,
            SizeBytes = scan.SizeBytes,
            Title = scan.Title,
            Content = new ExtractedDocument
            {
                Format = "pdf",
                Text = string.Empty,
                Warnings = ["scanned, no text layer: pages 1-3 (OCR is off)", "a warning"],
            },
            Tags = scan.Tags,
            WordCount = 0,
            FileModified = scan.FileModified,
        }));

        var items = temp.Index.ListUncertain(0.5);

        var listed = items.Single(i => i.Id == "scan");
        listed.Warnings.Should().Equal("scanned, no text layer: pages 1-3 (OCR is off)");
        listed.Issues.Select(i => i.Facet).Should().Equal("category", "model", "type");
        items.Single(i => i.Id == "untagged").Warnings.Should().BeEmpty();
    }

    [Fact]
    public void ListUncertain_AfterLibrarianFix_DropsTheFacet()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("auto-low", "Guessed", "text", "legal", "lead-authority", "mou", source: TagSource.Auto, confidence: 0.3)));
        temp.Index.SetLibrarianTags("auto-low", "category", ["legal"]);

        temp.Index.ListUncertain(0.5).Single().Issues.Select(i => i.Facet).Should().Equal("model", "type");
    }

    [Fact]
    public void FindSimilar_SharedTermsAndTags_RankCloserDocumentsFirst()
    {
        var similar = temp.Index.FindSimilar("d3", 3);

        similar.Should().NotBeEmpty();
        similar.Select(s => s.Id).Should().NotContain("d3");
        similar[0].Id.Should().Be("d4");
        similar[0].SharedTags.Should().Contain(["category:ict-digital", "type:business-case"]);
        similar.Select(s => s.Score).Should().BeInDescendingOrder();
    }

    [Fact]
    public void FindSimilar_Unknown_Throws()
    {
        var act = () => temp.Index.FindSimilar("nope", 5);

        act.Should().Throw<DocumentNotFoundException>();
    }

    [Fact]
    public void Suggest_Prefix_ReturnsTitlesAndWords()
    {
        var suggestions = temp.Index.Suggest("secon", 6);

        suggestions.Should().Contain("Secondment agreement for payroll staff");
        suggestions.Should().Contain("secondment");
    }

    [Fact]
    public void Suggest_SecondWord_CompletesTheLastWord()
    {
        temp.Index.Suggest("joint comm", 6).Should().Contain(["Joint committee agreement", "joint committee"]);
    }

    [Fact]
    public void Suggest_Punctuation_ReturnsNothing()
    {
        temp.Index.Suggest("\"*(", 5).Should().BeEmpty();
    }

    [Fact]
    public void GetMatrix_CategoryByModel_CountsPairs()
    {
        var matrix = temp.Index.GetMatrix("category", "model");

        matrix.CountOf("legal", "lead-authority").Should().Be(1);
        matrix.CountOf("ict-digital", "lead-authority").Should().Be(1);
        matrix.CountOf("legal", "teckal-company").Should().Be(1);
        matrix.CountOf("waste-environmental", "secondment").Should().Be(0);
        matrix.Rows.Single(r => r.Value == "legal").Count.Should().Be(3);
        matrix.Columns.Single(c => c.Value == "lead-authority").Count.Should().Be(2);
    }

    [Fact]
    public void GetStats_Fixture_CountsDocumentsFormatsAndFacets()
    {
        var stats = temp.Index.GetStats();

        stats.Documents.Should().Be(6);
        stats.Files.Should().Be(6);
        stats.ByFormat.Should().Equal(new Dictionary<string, int> { ["md"] = 6 });
        stats.ByFacet["category"].Single(c => c.Value == "legal").Count.Should().Be(3);
        stats.ByFacet["year"].Single(c => c.Value == "2018").Count.Should().Be(2);
        stats.DatabaseBytes.Should().BeGreaterThan(0);
        stats.LastIngest.Should().Be(Now);
    }
}
