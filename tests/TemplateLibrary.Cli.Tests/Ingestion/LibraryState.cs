using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Cli.Tests.Ingestion;

/// <summary>What an index folder holds, read without the product's code: the catalogue with SQLite, the full-text index with Lucene.</summary>
internal sealed record LibraryState(
    string IntegrityCheck,
    long Documents,
    long DocumentsWithFiles,
    long Files,
    long CatalogueGeneration,
    IReadOnlySet<string> CatalogueIds,
    IReadOnlyList<string> LuceneIds,
    long? LuceneGeneration)
{
    public static LibraryState Inspect(string index)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(index, "library.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var (luceneIds, luceneGeneration) = ReadLucene(Path.Combine(index, "lucene"));
        return new LibraryState(
            integrity,
            Scalar("SELECT count(*) FROM documents"),
            Scalar("SELECT count(DISTINCT doc) FROM files"),
            Scalar("SELECT count(*) FROM files"),
            Scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'"),
            ids,
            luceneIds,
            luceneGeneration);
    }

    // The live documents' ids of the last commit and the catalogue generation it is stamped with; nothing before the first commit.
    private static (List<string> Ids, long? Generation) ReadLucene(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return ([], null);
        }

        using var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return ([], null);
        }

        using var reader = DirectoryReader.Open(directory);
        var ids = new List<string>();
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                ids.Add(reader.Document(doc).Get("id"));
            }
        }

        var stamp = reader.IndexCommit.UserData;
        return (ids, stamp.TryGetValue("generation", out var generation) ? long.Parse(generation, CultureInfo.InvariantCulture) : null);
    }
}
