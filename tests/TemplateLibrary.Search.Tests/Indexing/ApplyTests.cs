using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Indexing;

public sealed class ApplyTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Apply_Upserts_StoresDocumentsFilesAndHashes()
    {
        var record = Docs.Make("a", "Alpha agreement", "alpha body text", "legal");
        temp.Index.Apply(Docs.Upserts(record));

        temp.Index.GetFiles().Should().ContainKey("/library/a.md")
            .WhoseValue.Should().Be(new IndexedFile("/library/a.md", "a", record.Hash, record.SizeBytes));
        temp.Index.FindDocumentIdByHash(record.Hash).Should().Be("a");
        temp.Index.FindDocumentIdByHash("0000").Should().BeNull();
    }

    [Fact]
    public void Apply_UpsertSameId_ReplacesTextAndTagsButKeepsLibrarianTags()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Old title", "obsolete words here", "legal", "lead-authority")));
        temp.Index.SetLibrarianTags("a", "category", ["housing"]);

        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "New title", "fresh words here", "ict-digital", "joint-committee", source: TagSource.Auto, confidence: 0.4)));

        temp.Index.Search(new SearchRequest { Query = "obsolete" }).Total.Should().Be(0);
        temp.Index.Search(new SearchRequest { Query = "fresh" }).Results.Single().Title.Should().Be("New title");
        var document = temp.Index.GetDocument("a")!;
        document.EffectiveTags.Should().Contain(new Tag("category", "housing", TagSource.Librarian));
        document.EffectiveTags.Should().Contain(t => t.Facet == "model" && t.Value == "joint-committee" && t.Source == TagSource.Auto);
        document.Tags.Should().NotContain(t => t.Value == "legal" || t.Value == "lead-authority");
        document.Tags.Should().Contain(t => t.Value == "ict-digital" && t.Source == TagSource.Auto);
    }

    [Fact]
    public void Apply_HigherSourcePresent_WinsForThatFacetOnly()
    {
        var record = Docs.Make("a", "Title", "body", "legal", "lead-authority", source: TagSource.Auto, confidence: 0.5);
        var tags = record.Tags.Append(new Tag("category", "housing", TagSource.Manifest)).ToList();
        temp.Index.Apply(Docs.Upserts(new DocumentRecord
        {
            Id = record.Id, Hash = record.Hash, Path = record.Path, SizeBytes = 1, Title = record.Title, Content = record.Content, Tags = tags,
        }));

        var hit = temp.Index.Search(new SearchRequest()).Results.Single();

        hit.Categories.Should().Equal("housing");
        hit.Model.Should().Be("lead-authority");
    }

    [Fact]
    public void Apply_AttachPath_AddsACopyToTheDocument()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body")));
        var changes = new IndexChangeSet();
        changes.AttachPaths.Add(new IndexedFile("/library/copy/a.md", "a", "h", 10));
        temp.Index.Apply(changes);

        temp.Index.GetFiles().Keys.Should().BeEquivalentTo(["/library/a.md", "/library/copy/a.md"]);
        temp.Index.GetDocument("a")!.Paths.Should().Equal("/library/a.md", "/library/copy/a.md");
    }

    [Fact]
    public void Apply_RemoveOneOfTwoPaths_KeepsDocumentAndMovesPrimaryPath()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body")));
        var attach = new IndexChangeSet();
        attach.AttachPaths.Add(new IndexedFile("/library/moved/a.md", "a", "h", 10));
        attach.RemovePaths.Add("/library/a.md");
        temp.Index.Apply(attach);

        var document = temp.Index.GetDocument("a")!;
        document.Path.Should().Be("/library/moved/a.md");
        temp.Index.Search(new SearchRequest { Query = "alpha" }).Results.Single().Path.Should().Be("/library/moved/a.md");
    }

    [Fact]
    public void Apply_RemoveLastPath_DeletesDocumentTextAndTags()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body", "legal"), Docs.Make("b", "Beta", "beta body", "legal")));
        var changes = new IndexChangeSet();
        changes.RemovePaths.Add("/library/a.md");
        temp.Index.Apply(changes);

        temp.Index.GetDocument("a").Should().BeNull();
        temp.Index.Search(new SearchRequest { Query = "alpha" }).Total.Should().Be(0);
        temp.Index.Search(new SearchRequest()).Facets["category"].Single().Count.Should().Be(1);
        temp.Index.GetStats().Documents.Should().Be(1);
    }

    [Fact]
    public void Apply_PathNowHoldsOtherContent_OrphanedDocumentIsDeleted()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("old", "Old", "old content", path: "/library/file.md")));

        temp.Index.Apply(Docs.Upserts(Docs.Make("new", "New", "new content", path: "/library/file.md")));

        temp.Index.GetDocument("old").Should().BeNull();
        temp.Index.GetFiles()["/library/file.md"].DocumentId.Should().Be("new");
    }

    [Fact]
    public void Apply_AttachToUnknownDocument_ThrowsAndWritesNothing()
    {
        var changes = Docs.Upserts(Docs.Make("a", "Alpha", "alpha body"));
        changes.AttachPaths.Add(new IndexedFile("/x.md", "missing", "h", 1));

        var act = () => temp.Index.Apply(changes);

        act.Should().Throw<InvalidOperationException>();
        temp.Index.GetStats().Documents.Should().Be(0);
    }

    [Fact]
    public void Apply_EmptyChangeSet_DoesNotWrite()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body")));
        var before = File.GetLastWriteTimeUtc(temp.Index.DatabasePath + "-wal");
        var stats = temp.Index.GetStats();

        temp.Index.Apply(new IndexChangeSet());

        File.GetLastWriteTimeUtc(temp.Index.DatabasePath + "-wal").Should().Be(before);
        temp.Index.GetStats().LastIngest.Should().Be(stats.LastIngest);
    }

    [Fact]
    public void Apply_FiveHundredDocuments_AllSearchable()
    {
        var records = Enumerable.Range(0, 500)
            .Select(i => Docs.Make($"doc{i}", $"Document {i}", $"shared service number{i} " + string.Join(' ', Enumerable.Repeat("council agreement text", 200)), "legal"))
            .ToArray();

        temp.Index.Apply(Docs.Upserts(records));

        temp.Index.Search(new SearchRequest { Query = "number250" }).Results.Single().Id.Should().Be("doc250");
        temp.Index.Search(new SearchRequest { Query = "council" }).Total.Should().Be(500);
    }
}
