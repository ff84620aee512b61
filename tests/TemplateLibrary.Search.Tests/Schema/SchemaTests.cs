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

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={temp.Index.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
