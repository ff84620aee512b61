using Microsoft.Data.Sqlite;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Schema;

public sealed class SchemaTests : IDisposable
{
    private readonly TempIndex temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewFolder_CreatesWalDatabaseWithoutRebuild()
    {
        temp.Index.WasRebuilt.Should().BeFalse();
        File.Exists(Path.Combine(temp.Directory, "library.db")).Should().BeTrue();
        Scalar("PRAGMA journal_mode").Should().Be("wal");
        temp.Index.GetStats().SchemaVersion.Should().Be(TemplateLibrary.Search.Schema.SchemaSql.Version);
    }

    [Fact]
    public void Open_SameVersion_KeepsDocuments()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body")));

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        reopened.Search(new SearchRequest { Query = "alpha" }).Total.Should().Be(1);
    }

    [Fact]
    public void Open_OtherVersion_DropsAndRecreates()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body", "legal")));
        temp.Index.SetLibrarianTags("a", "model", ["secondment"]);
        Scalar("PRAGMA user_version=999");

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeTrue();
        reopened.GetStats().Documents.Should().Be(0);
        reopened.Search(new SearchRequest { Query = "alpha" }).Total.Should().Be(0);
        reopened.Apply(Docs.Upserts(Docs.Make("a", "Alpha", "alpha body")));
        reopened.Search(new SearchRequest { Query = "alpha" }).Total.Should().Be(1);
    }

    [Fact]
    public void Open_Version2Index_UpgradesInPlaceKeepingDocumentsAndTags()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Casework agreement", "the procurement of casework", "legal")));
        temp.Index.SetLibrarianTags("a", "model", ["secondment"]);
        // Version 2 had no prefix index on the full-text table.
        Scalar("""
            DROP TABLE documents_fts;
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, headings, body, content='documents', content_rowid='rowid',
                tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
            PRAGMA user_version=2;
            """);

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        reopened.GetStats().SchemaVersion.Should().Be(TemplateLibrary.Search.Schema.SchemaSql.Version);
        ((string)Scalar("SELECT sql FROM sqlite_schema WHERE name = 'documents_fts'")!).Should().Contain("prefix='3'");
        reopened.Search(new SearchRequest { Query = "cas*" }).Results.Select(r => r.Id).Should().Equal("a");
        reopened.Search(new SearchRequest { Query = "procurement" }).Results.Single().Model.Should().Be("secondment");
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={temp.Index.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
