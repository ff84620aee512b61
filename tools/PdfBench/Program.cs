using System.Diagnostics;
using System.Globalization;
using PdfBench;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Pdf;

// Usage: dotnet run --project tools/PdfBench -c Release -- [DIR] [--no-pdftotext]
var skipPdftotext = args.Contains("--no-pdftotext");
var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? EvalSet.FindPdfFolder();
if (folder is null || !Directory.Exists(folder))
{
    Console.Error.WriteLine("No PDF folder: pass one, or run inside a tree that has shared/eval/realdocs/pdf.");
    return 2;
}

var notes = EvalSet.ReadNotes(folder);
var files = Directory.GetFiles(folder, "*.pdf").OrderBy(f => f, StringComparer.Ordinal).ToList();
var limits = ExtractionLimits.Default;
var results = new List<BenchResult>();
var culture = CultureInfo.InvariantCulture;

Console.WriteLine($"PDF bench over {files.Count} files in {folder}");
Console.WriteLine($"F1: {WordF1.Rule}");
Console.WriteLine();
Console.WriteLine($"{"F1",6} {"pages",5} {"ms",7}  file  [producer family]  note");

foreach (var path in files)
{
    var name = Path.GetFileName(path);
    var fileNotes = notes.GetValueOrDefault(name);
    var referencePath = EvalSet.ReferenceFor(path);
    var reference = referencePath is null ? null : File.ReadAllText(referencePath);
    var clock = Stopwatch.StartNew();
    string text;
    string? producer = EvalSet.ProducerFromNotes(fileNotes);
    var pages = 0;
    string? failure = null;
    using var timeout = new CancellationTokenSource(limits.Timeout);
    try
    {
        using var stream = File.OpenRead(path);
        var document = PdfTextExtractor.Extract(stream, limits, timeout.Token);
        text = document.Text;
        pages = document.Pages.Count;
        producer ??= document.Metadata.Properties.GetValueOrDefault("producer");
    }
    catch (ExtractionException exception)
    {
        text = string.Empty;
        failure = exception.Message;
    }
    catch (OperationCanceledException)
    {
        text = string.Empty;
        failure = "TIMEOUT";
    }
#pragma warning disable CA1031 // The bench must report a crash, not stop on it.
    catch (Exception exception)
#pragma warning restore CA1031
    {
        text = string.Empty;
        failure = "CRASH " + exception.GetType().Name + ": " + exception.Message;
    }

    clock.Stop();
    var noTextExpected = reference is not null && reference.Trim().Length == 0;
    var needsPassword = fileNotes?.Contains("password required", StringComparison.OrdinalIgnoreCase) == true
        || name.Contains("password", StringComparison.OrdinalIgnoreCase) && failure?.StartsWith("encrypted", StringComparison.Ordinal) == true;
    double? f1 = reference is null || noTextExpected || needsPassword ? null : WordF1.Score(text, reference);
    var result = new BenchResult(name, ProducerFamily.Classify(producer), f1, pages, clock.Elapsed.TotalMilliseconds, failure, noTextExpected, needsPassword, text.Trim().Length);
    results.Add(result);
    var note = failure ?? (noTextExpected ? $"negative case: {result.TextLength} chars returned" : string.Empty);
    Console.WriteLine($"{(f1 is null ? "-" : f1.Value.ToString("0.000", culture)),6} {pages,5} {clock.Elapsed.TotalMilliseconds,7:0} {name}  [{result.Family}]  {note}");
}

var scored = results.Where(r => r.F1 is not null).Select(r => r.F1!.Value).OrderBy(v => v).ToList();
var median = scored.Count == 0 ? 0 : scored.Count % 2 == 1 ? scored[scored.Count / 2] : (scored[(scored.Count / 2) - 1] + scored[scored.Count / 2]) / 2;
var share = scored.Count == 0 ? 0 : scored.Count(v => v >= 0.95) / (double)scored.Count;
Console.WriteLine();
Console.WriteLine($"Files with a text layer scored: {scored.Count}; median F1 {median:0.000}; mean {(scored.Count == 0 ? 0 : scored.Average()):0.000}; share >= 0.95: {share:P1} ({scored.Count(v => v >= 0.95)}/{scored.Count})");
Console.WriteLine($"Negative (scan, no text) files returning no text: {results.Count(r => r.NoTextExpected && r.TextLength == 0)}/{results.Count(r => r.NoTextExpected)}");
Console.WriteLine($"Password file failing cleanly: {results.Count(r => r.NeedsPassword && r.Failure?.StartsWith("encrypted", StringComparison.Ordinal) == true)}/{results.Count(r => r.NeedsPassword)}");
Console.WriteLine($"Crashes: {results.Count(r => r.Failure?.StartsWith("CRASH", StringComparison.Ordinal) == true)}; timeouts: {results.Count(r => r.Failure == "TIMEOUT")}; slowest: {results.Max(r => r.Milliseconds):0} ms");
Console.WriteLine();
Console.WriteLine($"{"producer family",-22} {"files",5} {"median",7} {">=0.95",7}");
foreach (var group in results.Where(r => r.F1 is not null).GroupBy(r => r.Family).OrderByDescending(g => g.Count()))
{
    var values = group.Select(r => r.F1!.Value).OrderBy(v => v).ToList();
    var groupMedian = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    Console.WriteLine($"{group.Key,-22} {values.Count,5} {groupMedian,7:0.000} {values.Count(v => v >= 0.95),3}/{values.Count,-3}");
}

// Speed: a second, warm pass over the same files, then pdftotext over the same files.
var totalPages = 0;
var ourClock = Stopwatch.StartNew();
foreach (var path in files)
{
    try
    {
        using var stream = File.OpenRead(path);
        using var timeout = new CancellationTokenSource(limits.Timeout);
        totalPages += PdfTextExtractor.Extract(stream, limits, timeout.Token).Pages.Count;
    }
#pragma warning disable CA1031 // Failures were reported above; only time matters here.
    catch (Exception)
#pragma warning restore CA1031
    {
    }
}

ourClock.Stop();
Console.WriteLine();
Console.WriteLine($"Speed (warm pass): {totalPages} pages in {ourClock.Elapsed.TotalSeconds:0.00} s = {totalPages / ourClock.Elapsed.TotalSeconds:0} pages/s");
if (!skipPdftotext && PdftotextRunner.Available())
{
    var theirs = PdftotextRunner.TimeAll(files);
    Console.WriteLine($"pdftotext on the same files: {theirs.TotalSeconds:0.00} s; ratio ours/pdftotext = {ourClock.Elapsed.TotalSeconds / theirs.TotalSeconds:0.00} (below 1 means faster)");
}
else
{
    Console.WriteLine(skipPdftotext ? "pdftotext timing skipped (--no-pdftotext)." : "pdftotext not on PATH: no speed ratio.");
}

return 0;
