using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TemplateLibrary.Cli.Tests.Ingestion;

public sealed class CrashSafetyTests : IDisposable
{
    private const int FileCount = 1500;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "templib-crash-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public CrashSafetyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Ingest_KilledMidway_LeavesAConsistentIndexAndTheNextRunCompletesWithoutDuplicates()
    {
        var library = Path.Combine(_root, "library");
        var index = Path.Combine(_root, "index");
        Directory.CreateDirectory(library);
        for (var i = 0; i < FileCount; i++)
        {
            File.WriteAllText(Path.Combine(library, $"doc{i:D4}.md"),
                $"# Shared service agreement {i}\n\nThe councils agree a shared legal service, reference {i}. " +
                string.Join(' ', Enumerable.Repeat($"Clause {i} sets out the recharge and the exit arrangements.", 40)));
        }

        using (var first = StartIngest(library, index))
        {
            // Kill as soon as some batches are committed and the run is still going.
            var seen = WaitForCommittedDocuments(index, first);
            first.HasExited.Should().BeFalse("the run must still be going when it is killed (it committed {0} documents first)", seen);
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
            _output.WriteLine($"killed after {seen} committed documents");
        }

        var afterKill = Inspect(index);
        afterKill.IntegrityCheck.Should().Be("ok");
        afterKill.Documents.Should().BeGreaterThan(0).And.BeLessThan(FileCount);
        afterKill.Documents.Should().Be(afterKill.DocumentsWithFiles, "no document is written without its path");
        afterKill.Documents.Should().Be(afterKill.FtsRows, "no document is written without its text index");

        using (var second = StartIngest(library, index))
        {
            second.WaitForExit(120_000).Should().BeTrue();
            second.ExitCode.Should().Be(0);
        }

        var afterRerun = Inspect(index);
        afterRerun.Documents.Should().Be(FileCount, "the rerun completes the work without duplicates");
        afterRerun.Files.Should().Be(FileCount);
        afterRerun.FtsRows.Should().Be(FileCount);
    }

    private static Process StartIngest(string library, string index)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "templib"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "ingest", library, "--index", index, "--jobs", "1", "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long WaitForCommittedDocuments(string index, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            if (File.Exists(Path.Combine(index, "library.db")))
            {
                try
                {
                    var count = Inspect(index).Documents;
                    if (count > 0)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // The schema may not exist yet in the first instants.
                }
            }

            Thread.Sleep(20);
        }

        return 0;
    }

    private static IndexCounts Inspect(string index)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(index, "library.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string)check.ExecuteScalar()!;
        return new IndexCounts(
            integrity,
            Scalar("SELECT count(*) FROM documents"),
            Scalar("SELECT count(DISTINCT doc) FROM files"),
            Scalar("SELECT count(*) FROM files"),
            Scalar("SELECT count(*) FROM documents_fts_docsize"));
    }

    private sealed record IndexCounts(string IntegrityCheck, long Documents, long DocumentsWithFiles, long Files, long FtsRows);
}
