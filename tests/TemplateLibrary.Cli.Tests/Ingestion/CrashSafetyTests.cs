using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Cli.Tests.Ingestion;

public sealed class CrashSafetyTests : IDisposable
{
    private const int FileCount = 900;
    private static readonly string[] Services = ["legal", "waste", "audit", "payroll", "procurement", "licensing"];
    private static readonly string[] Queries = ["shared legal service", "recharge", "exit arrangements", "waste OR audit", "clause -payroll", "ref42", "lic*"];
    private readonly string root = Path.Combine(Path.GetTempPath(), "templib-crash-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper output;

    public CrashSafetyTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Ingest_KilledAtSeveralMoments_LeavesAConsistentLibraryAndARerunMatchesACleanIngest()
    {
        var library = Path.Combine(root, "library");
        var crashed = Path.Combine(root, "crashed");
        var clean = Path.Combine(root, "clean");
        WriteLibrary(library);

        // Killed early (first batch committed), in the middle, and late: each run continues from what the last one left.
        foreach (var moment in new[] { 1, FileCount / 3, FileCount * 2 / 3 })
        {
            using var run = TemplibProcess.Start(root, "ingest", library, "--index", crashed, "--jobs", "1", "--json");
            var seen = WaitForCommittedDocuments(crashed, run, moment);
            run.Process.HasExited.Should().BeFalse("the run must still be going when it is killed (it committed {0} documents first)", seen);
            run.Kill();
            output.WriteLine($"killed with {seen} documents committed");

            var state = LibraryState.Inspect(crashed);
            state.IntegrityCheck.Should().Be("ok");
            state.Documents.Should().BeGreaterThanOrEqualTo(moment).And.BeLessThan(FileCount);
            state.Documents.Should().Be(state.DocumentsWithFiles, "no document is written without its path");
            state.LuceneIds.Should().OnlyHaveUniqueItems();
            state.LuceneIds.Where(id => !state.CatalogueIds.Contains(id)).Should().BeEmpty("the full-text index holds only catalogued documents");
            state.LuceneGeneration.GetValueOrDefault().Should().BeLessThanOrEqualTo(state.CatalogueGeneration, "the index is never ahead of the catalogue");
        }

        // The rerun and the clean ingest are not killed: in-process, they share this process's compiled code instead of
        // paying two more start-ups.
        var rerun = CliRunner.RunIn(root, string.Empty, "ingest", library, "--index", crashed, "--jobs", "1", "--json");
        rerun.ExitCode.Should().Be(0, rerun.Error);
        var cleanRun = CliRunner.RunIn(root, string.Empty, "ingest", library, "--index", clean, "--jobs", "1", "--json");
        cleanRun.ExitCode.Should().Be(0, cleanRun.Error);

        var final = LibraryState.Inspect(crashed);
        final.Documents.Should().Be(FileCount, "the rerun completes the work without duplicates");
        final.Files.Should().Be(FileCount);
        final.LuceneIds.Should().HaveCount(FileCount).And.OnlyHaveUniqueItems();
        final.LuceneGeneration.Should().Be(final.CatalogueGeneration);
        foreach (var query in Queries)
        {
            Search(crashed, query).Should().Be(Search(clean, query), $"'{query}' finds the same after the crashes as after a clean ingest");
        }
    }

    private void WriteLibrary(string library)
    {
        Directory.CreateDirectory(library);
        for (var i = 0; i < FileCount; i++)
        {
            var service = Services[i % Services.Length];
            var extra = i % 7 == 0 ? " The exit arrangements are in clause 12." : string.Empty;
            // Short documents: the kills need many documents (batches of 200 committed while more are still to come),
            // not long ones, and tagging costs by the word.
            File.WriteAllText(
                Path.Combine(library, $"doc{i:D4}.md"),
                $"# Shared {service} service agreement {i}\n\nThe councils agree a shared {service} service, ref{i}.{extra} " +
                string.Join(' ', Enumerable.Repeat($"Clause {i % 40} sets out the recharge for {service} and the exit arrangements.", 2 + (i % 3))));
        }
    }

    // The totals, paths in order and facet counts a query finds, as text, so two libraries compare in one assertion.
    // Sorted by title: relevance scores may differ after a crash (Lucene's statistics count deleted documents until
    // their segment merges), the documents found and their counts may not. In-process: the searches are not what is
    // tested here, and fourteen process starts cost more than the searches.
    private string Search(string index, string query)
    {
        var (code, json, error) = CliRunner.RunIn(root, string.Empty, "search", query, "--index", index, "--sort", "title", "--limit", "100", "--json");
        code.Should().BeOneOf([0, 1], error);
        using var document = JsonDocument.Parse(json);
        var response = document.RootElement;
        var paths = response.GetProperty("results").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("path").GetString()));
        return $"{response.GetProperty("total").GetInt32()} | {string.Join(' ', paths)} | {response.GetProperty("facets")}";
    }

    private static long WaitForCommittedDocuments(string index, TemplibProcess run, int atLeast)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120) && !run.Process.HasExited)
        {
            if (File.Exists(Path.Combine(index, "library.db")))
            {
                try
                {
                    using var connection = new SqliteConnection($"Data Source={Path.Combine(index, "library.db")};Mode=ReadOnly;Pooling=False");
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM documents";
                    var count = (long)command.ExecuteScalar()!;
                    if (count >= atLeast)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // The schema may not exist yet in the first instants.
                }
            }

            Thread.Sleep(10);
        }

        return 0;
    }
}
