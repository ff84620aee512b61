using System.Diagnostics;
using System.Text;
using TemplateLibrary.Core.Csv;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Search.Tests.Support;

namespace TemplateLibrary.Search.Tests.Export;

/// <summary>The CSV export opens in LibreOffice Calc with the right columns: Calc reads it (comma-separated, character set
/// left to Calc) and writes it back out, and the cells it wrote are the export's.</summary>
public sealed class CsvInCalcTests : IDisposable
{
    private readonly TempIndex temp = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "templib-calc-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        temp.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a temporary folder left behind.
        }
    }

    [Fact]
    public async Task Export_CsvOpenedInCalc_HasTheColumnsAndOneRowPerDocument()
    {
        var soffice = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists);
        Assert.SkipUnless(soffice is not null, "soffice (LibreOffice) is not installed");
        Directory.CreateDirectory(folder);
        temp.Index.Apply(Docs.Upserts(
            Docs.Make("d1", "Accord de services partagés – Café", "A shared legal service.", "legal", "lead-authority", "mou", 2016, ["lga1972-s101", "lga1972-s113"], ["Northmere District Council", "Southvale Borough Council"], path: "/library/legal/d1.md", summary: "Shared, \"quoted\"; and\non two lines."),
            Docs.Make("d2", "Joint committee agreement", "A joint committee.", "legal", "joint-committee", "legal-agreement", 2018, path: "/library/d2.md")));
        var csv = Path.Combine(folder, "export.csv");
        var output = File.Create(csv);
        await using (output)
        {
            await ResultSetExport.Of(temp.Index, new SearchRequest { Sort = SearchSort.Title }, p => p.TrimStart('/')).WriteAsync(ExportFormat.Csv, output, BundleLimits.None);
        }

        var converted = Path.Combine(folder, "calc");
        var (code, log) = Run(soffice!, $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless",
            "--infilter=CSV:44,34,,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", "--outdir", converted, csv);

        code.Should().Be(0, log);
        var rows = CsvTable.Parse(await File.ReadAllTextAsync(Path.Combine(converted, "export.csv"), Encoding.UTF8));
        rows[0].Fields.Should().Equal(["id", "path", "title", "category", "model", "type", "councils", "partners", "year", "powers", "summary", "format"], "Calc sees every column, the first without a stray byte order mark");
        rows.Should().HaveCount(3, "one row per document under the header, in title order");
        rows[2].Fields.Should().Equal("d2", "library/d2.md", "Joint committee agreement", "legal", "joint-committee", "legal-agreement", "", "", "2018", "", "", "md");
        rows[1].Fields.Should().Equal("d1", "library/legal/d1.md", "Accord de services partagés – Café", "legal", "lead-authority", "mou",
            "Northmere District Council; Southvale Borough Council", "", "2016", "lga1972-s101; lga1972-s113", "Shared, \"quoted\"; and\non two lines.", "md");
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "soffice timed out");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
