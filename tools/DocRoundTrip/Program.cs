using System.Diagnostics;
using System.Globalization;
using PdfBench;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Registry;

// Usage: dotnet run --project tools/DocRoundTrip -c Release -- [--soffice PATH]
// Saves every DOCX of the sample library (corpus/) as Word 97-2003 .doc with LibreOffice, reads both with templib's
// extractors and prints the word F1 of each .doc against its DOCX, then the median, mean and lowest.
var culture = CultureInfo.InvariantCulture;
var root = FindRepositoryRoot();
var soffice = Arg("--soffice") ?? Environment.GetEnvironmentVariable("CORPUS_SOFFICE") ?? "soffice";
var docxFiles = Directory.GetFiles(Path.Combine(root, "corpus"), "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var work = Directory.CreateTempSubdirectory("doc-round-trip-").FullName;
try
{
    Console.WriteLine($"Saving {docxFiles.Count} DOCX files as .doc with {soffice}…");
    var convert = new ProcessStartInfo(soffice) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in (string[])[$"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "doc", "--outdir", work, .. docxFiles])
    {
        convert.ArgumentList.Add(argument);
    }

    using (var process = Process.Start(convert) ?? throw new InvalidOperationException("could not start soffice"))
    {
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    var extractor = FileExtractor.CreateDefault(ocr: false);
    var scores = new List<double>();
    foreach (var docx in docxFiles)
    {
        var doc = Path.Combine(work, Path.GetFileNameWithoutExtension(docx) + ".doc");
        double score;
        try
        {
            score = WordF1.Score(extractor.Extract(doc, CancellationToken.None).Text, extractor.Extract(docx, CancellationToken.None).Text);
        }
        catch (ExtractionException ex)
        {
            Console.WriteLine($"FAILED {Path.GetFileName(doc)}: {ex.Message}");
            score = 0;
        }

        scores.Add(score);
        Console.WriteLine(string.Create(culture, $"{score:0.000}  {Path.GetFileName(doc)}"));
    }

    var sorted = scores.Order().ToList();
    var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    Console.WriteLine(string.Create(culture, $".doc read-back: {scores.Count} files, median word F1 {median:0.000}, mean {scores.Average():0.000}, lowest {sorted[0]:0.000}"));
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

string? Arg(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
