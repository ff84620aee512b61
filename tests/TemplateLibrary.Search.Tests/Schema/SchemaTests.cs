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
        temp.Index.GetStats().SchemaVersion.Should().Be(TemplateLibrary.Search.Catalogue.SchemaSql.Version);
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
    public void Open_Version5Catalogue_AddsClauseTablesAndClearsFileHashesSoTheNextIngestReadsEveryFile()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Casework agreement", "the procurement of casework", "legal")));
        temp.Index.Dispose();
        Scalar("DROP TABLE accounts; DROP TABLE audit; DROP TABLE tombstones; DROP TABLE clauses; DROP TABLE agreements; PRAGMA user_version=5;");

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        Scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('clauses', 'agreements')").Should().Be(2L);
        reopened.GetFiles().Values.Single().Hash.Should().BeEmpty();
        reopened.Search(new SearchRequest { Query = "procurement" }).Total.Should().Be(1);
    }

    [Fact]
    public void Open_Version3Catalogue_UpgradesInPlaceKeepingDocumentsAndTags()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Casework agreement", "the procurement of casework", "legal")));
        temp.Index.SetLibrarianTags("a", "model", ["secondment"]);
        temp.Index.Dispose();
        // Version 3 kept the full text in SQLite FTS5 tables, and had no generations, page starts, removals, catalogue id or clauses.
        Scalar("""
            DROP TABLE accounts;
            DROP TABLE audit;
            DROP TABLE tombstones;
            DROP TABLE clauses;
            DROP TABLE agreements;
            DROP TRIGGER documents_after_delete;
            DROP TABLE removals;
            DROP INDEX documents_generation;
            ALTER TABLE documents DROP COLUMN generation;
            ALTER TABLE documents DROP COLUMN page_starts;
            DROP INDEX documents_family;
            ALTER TABLE documents DROP COLUMN family;
            DELETE FROM meta WHERE key = 'catalogue';
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, headings, body, content='documents', content_rowid='rowid',
                tokenize='porter unicode61 remove_diacritics 2', prefix='3');
            INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
            CREATE TRIGGER documents_after_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, headings, body) VALUES ('delete', old.rowid, old.title, old.headings, old.body);
            END;
            PRAGMA user_version=3;
            """);

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        reopened.GetStats().SchemaVersion.Should().Be(TemplateLibrary.Search.Catalogue.SchemaSql.Version);
        Scalar("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%fts%'").Should().Be(0L);
        reopened.Search(new SearchRequest { Query = "cas*" }).Results.Select(r => r.Id).Should().Equal("a");
        reopened.Search(new SearchRequest { Query = "procurement" }).Results.Single().Model.Should().Be("secondment");
        reopened.RemoveDocument("a").Should().BeTrue();
        reopened.Search(new SearchRequest { Query = "procurement" }).Total.Should().Be(0);
    }

    [Fact]
    public void Open_Version4Catalogue_ComputesTheFamiliesOfVersions()
    {
        var text = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"clause {i} of the shared legal service agreement binds the councils"));
        temp.Index.Apply(Docs.Upserts(
            Docs.Versioned(Docs.Make("old", "Shared Legal Service Agreement", text, modified: new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero))),
            Docs.Versioned(Docs.Make("new", "Shared Legal Service Agreement v2", text + " and a new clause on data protection", modified: new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)))));
        temp.Index.Dispose();
        // Version 4 had no families of versions (and no clause tables, which came with version 6).
        Scalar("DROP TABLE accounts; DROP TABLE audit; DROP TABLE tombstones; DROP TABLE clauses; DROP TABLE agreements; DROP INDEX documents_family; ALTER TABLE documents DROP COLUMN family; PRAGMA user_version=4;");

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        var hit = reopened.Search(new SearchRequest { Query = "legal service" }).Results.Should().ContainSingle().Subject;
        hit.Id.Should().Be("new");
        hit.EarlierVersions.Should().Be(1);
    }

    [Fact]
    public void Open_Version6CatalogueWithWorkspaceTables_KeepsTheirRowsAndAddsTheSuppliedColumn()
    {
        temp.Index.Apply(Docs.Upserts(Docs.Make("a", "Casework agreement", "the procurement of casework", "legal")));
        temp.Index.Dispose();
        // Version 6 code made these tables itself on first use; its tombstones had no supplied metadata.
        Scalar("""
            DROP TABLE tombstones;
            CREATE TABLE tombstones (hash TEXT PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, paths TEXT NOT NULL, corrections TEXT NOT NULL,
                removed_at TEXT NOT NULL, user TEXT NOT NULL);
            INSERT INTO tombstones VALUES ('h1', 'gone', 'Gone', '[]', '{}', '2026-01-01T00:00:00+00:00', 'ann');
            INSERT INTO accounts (name, role, password_hash, created) VALUES ('ann', 'librarian', 'x', '2026-01-01T00:00:00+00:00');
            INSERT INTO audit (at, user, action, target) VALUES ('2026-01-01T00:00:00+00:00', 'ann', 'remove', 'gone');
            PRAGMA user_version=6;
            """);

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        reopened.GetStats().SchemaVersion.Should().Be(TemplateLibrary.Search.Catalogue.SchemaSql.Version);
        Scalar("SELECT supplied FROM tombstones WHERE id = 'gone'").Should().Be("{}");
        Scalar("SELECT count(*) FROM accounts").Should().Be(1L);
        Scalar("SELECT count(*) FROM audit").Should().Be(1L);
        reopened.Search(new SearchRequest { Query = "procurement" }).Total.Should().Be(1);
    }

    [Fact]
    public void Open_Version6CatalogueWithoutWorkspaceTables_CreatesThem()
    {
        temp.Index.Dispose();
        Scalar("DROP TABLE accounts; DROP TABLE audit; DROP TABLE tombstones; PRAGMA user_version=6;");

        var reopened = temp.Reopen();

        reopened.WasRebuilt.Should().BeFalse();
        Scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('accounts', 'audit', 'audit_user', 'tombstones', 'tombstones_id')").Should().Be(5L);
        Scalar("SELECT count(*) FROM pragma_table_info('tombstones') WHERE name = 'supplied'").Should().Be(1L);
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
