using Lucene.Net.Index;
using Lucene.Net.Store;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Indexing;

public sealed class CatchUpTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_FullTextIndexDeleted_RebuildsItFromTheCatalogue()
    {
        Fixture.Load(temp.Index);
        temp.Index.Dispose();
        System.IO.Directory.Delete(Path.Combine(temp.Directory, new DocumentFeed().FolderName), recursive: true);

        var reopened = temp.Reopen();

        reopened.Search(new SearchRequest()).Total.Should().Be(6);
        reopened.Search(new SearchRequest { Query = "teckal" }).Results.Single().Id.Should().Be("d4");
    }

    [Fact]
    public void Open_IndexStampedWithAnotherSchema_RebuildsIt()
    {
        Fixture.Load(temp.Index);
        temp.Index.Dispose();
        Restamp(data => data["schema"] = "0|older");

        var reopened = temp.Reopen();

        reopened.Search(new SearchRequest()).Total.Should().Be(6);
        Stamp()["schema"].Should().StartWith($"{TextIndex.SchemaVersion}|");
    }

    [Fact]
    public void Apply_ByAProcessThatDoesNotWriteTheIndex_IsIndexedByTheOneThatDoes()
    {
        Fixture.Load(temp.Index);
        using var follower = LibraryIndex.Open(temp.Directory);

        follower.Apply(Docs.Upserts(Docs.Make("n1", "Northern notes", "zephyrine procedures")));
        follower.RemoveDocument("d1").Should().BeTrue();
        follower.Search(new SearchRequest { Query = "zephyrine" }).Total.Should().Be(0, "only the writer indexes, and it has not looked yet");

        temp.Index.Refresh();
        follower.Refresh();

        follower.Search(new SearchRequest { Query = "zephyrine" }).Results.Single().Id.Should().Be("n1");
        temp.Index.Search(new SearchRequest { Query = "lawyers" }).Total.Should().Be(0);
        temp.Index.Search(new SearchRequest()).Total.Should().Be(6);
    }

    [Fact]
    public void Open_WriterGone_AFollowerTakesOverAndCatchesUp()
    {
        Fixture.Load(temp.Index);
        using (var follower = LibraryIndex.Open(temp.Directory))
        {
            follower.Apply(Docs.Upserts(Docs.Make("n1", "Northern notes", "zephyrine procedures")));
            temp.Index.Dispose();

            follower.Refresh();

            follower.Search(new SearchRequest { Query = "zephyrine" }).Total.Should().Be(1);
        }

        Stamp()["generation"].Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Apply_SeveralChangesToASmallLibrary_LeavesOneSegment()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("s1", "First notes", "alpha procedures")));
        temp.Index.Apply(Docs.Upserts(Docs.Make("s2", "Second notes", "beta procedures")));
        temp.Index.Apply(Docs.Upserts(Docs.Make("s3", "Third notes", "gamma procedures")));
        temp.Index.Dispose();

        using var directory = FSDirectory.Open(Path.Combine(temp.Directory, new DocumentFeed().FolderName));
        using var reader = DirectoryReader.Open(directory);
        reader.Leaves.Should().ContainSingle("each change is merged into the one segment of a small index");
        reader.NumDocs.Should().Be(3);
    }

    [Fact]
    public void Search_PdfHit_SaysWhichPageTheSnippetIsOn()
    {
        var record = Docs.Make("p1", "Paged report", "placeholder", format: "pdf");
        var pages = new[] { "Introduction to the shared service.", "", "Budget and recharge arrangements for partners." };
        var paged = new DocumentRecord
        {
            Id = record.Id, Hash = record.Hash, Path = "/library/p1.pdf", SizeBytes = 10, Title = record.Title, Tags = record.Tags,
            Content = new ExtractedDocument { Format = "pdf", Text = pages[0] + "\n\n" + pages[2], Pages = pages, Title = record.Title },
        };
        temp.Index.Apply(Docs.Upserts(paged));

        temp.Index.Search(new SearchRequest { Query = "recharge" }).Results.Single().Page.Should().Be(3);
        temp.Index.Search(new SearchRequest { Query = "introduction" }).Results.Single().Page.Should().Be(1);
        temp.Index.Apply(Docs.Upserts(Docs.Make("m1", "Markdown note", "recharge rules")));
        temp.Index.Search(new SearchRequest { Query = "recharge rules" }).Results.First(r => r.Id == "m1").Page.Should().BeNull();
    }

    private IDictionary<string, string> Stamp()
    {
        using var directory = FSDirectory.Open(Path.Combine(temp.Directory, new DocumentFeed().FolderName));
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData;
    }

    private void Restamp(Action<Dictionary<string, string>> change)
    {
        using var directory = FSDirectory.Open(Path.Combine(temp.Directory, new DocumentFeed().FolderName));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));
        var data = new Dictionary<string, string>(writer.CommitData);
        change(data);
        writer.SetCommitData(data);
        writer.Commit();
    }
}
