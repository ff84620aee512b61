using System.Collections.Concurrent;
using TemplateLibrary.Tools.CorpusBuilder.Output;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>The <c>check</c> command: counts, words per document, near-duplicates and size of the generated corpus.</summary>
internal sealed class CorpusCheck(CorpusLayout layout)
{
    /// <summary>Prints the report; returns the number of failed expectations.</summary>
    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var report = new CheckReport(output);
        if (!File.Exists(layout.ManifestPath))
        {
            report.Expect(false, $"{layout.ManifestPath} exists (run 'build' first)");
            return report.Failures;
        }

        var rows = ManifestReader.Read(layout.ManifestPath);
        var paths = rows.Select(r => r["path"]).ToList();
        report.Line($"Manifest: {rows.Count} rows");
        CheckFilesMatchManifest(report, paths);
        report.Expect(rows.Count >= CheckTargets.Documents, $"documents {rows.Count} >= {CheckTargets.Documents}");

        CheckFormats(report, paths);
        report.Counts("Primary category", Taxonomy.Categories, rows.Select(r => r["category"].Split(';')[0].Trim()), CheckTargets.PerCategory);
        report.Counts("Delivery model", Taxonomy.Models, rows.Select(r => r["model"]), CheckTargets.PerModel);
        report.Counts("Document type", Taxonomy.Types, rows.Select(r => r["type"]), CheckTargets.PerType);

        var texts = await ExtractAllAsync(report, paths, cancellationToken).ConfigureAwait(false);
        CheckWords(report, texts);
        CheckSimilarity(report, texts);
        CheckSize(report);
        report.Line(report.Failures == 0 ? "All checks passed." : $"{report.Failures} check(s) failed.");
        return report.Failures;
    }

    private void CheckFilesMatchManifest(CheckReport report, List<string> paths)
    {
        var onDisk = layout.OwnedDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(layout.CorpusDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var missing = paths.Where(p => !onDisk.Contains(p)).ToList();
        var unlisted = onDisk.Except(paths, StringComparer.Ordinal).ToList();
        report.Expect(missing.Count == 0, $"every manifest path exists ({missing.Count} missing{Sample(missing)})");
        report.Expect(unlisted.Count == 0, $"every generated file is in the manifest ({unlisted.Count} unlisted{Sample(unlisted)})");
        report.Expect(paths.SequenceEqual(paths.Order(StringComparer.Ordinal)), "manifest sorted by path");
    }

    private void CheckFormats(CheckReport report, List<string> paths)
    {
        int Count(string extension) => paths.Count(p => p.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        report.Line("Formats:");
        report.Expect(Count(".docx") >= CheckTargets.Docx, $"DOCX {Count(".docx"),4} >= {CheckTargets.Docx}");
        report.Expect(Count(".pdf") >= CheckTargets.Pdf, $"PDF  {Count(".pdf"),4} >= {CheckTargets.Pdf}");
        report.Expect(Count(".md") >= CheckTargets.Markdown, $"MD   {Count(".md"),4} >= {CheckTargets.Markdown}");
        report.Expect(Count(".odt") >= CheckTargets.Odt, $"ODT  {Count(".odt"),4} >= {CheckTargets.Odt}");
        report.Expect(Count(".html") >= CheckTargets.Html, $"HTML {Count(".html"),4} >= {CheckTargets.Html}");
        var producers = paths.Where(p => p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && File.Exists(Path.Combine(layout.CorpusDirectory, p)))
            .GroupBy(p => PdfProducer.Of(Path.Combine(layout.CorpusDirectory, p)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}");
        report.Line($"  PDF producers: {string.Join(", ", producers)}");
    }

    private async Task<IReadOnlyDictionary<string, ShingleSet>> ExtractAllAsync(CheckReport report, List<string> paths, CancellationToken cancellationToken)
    {
        var texts = new ConcurrentDictionary<string, ShingleSet>(StringComparer.Ordinal);
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(paths.Where(p => File.Exists(Path.Combine(layout.CorpusDirectory, p))), options, async (path, token) =>
        {
            try
            {
                texts[path] = new ShingleSet(await CorpusTextExtractor.ExtractAsync(Path.Combine(layout.CorpusDirectory, path), token).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or System.Xml.XmlException or Conversion.ConversionException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                failures.Add($"{path}: {exception.Message}");
            }
        }).ConfigureAwait(false);

        report.Line("Opening and text extraction:");
        report.Expect(failures.IsEmpty, $"every file opens and yields text ({failures.Count} failed{Sample(failures.Order(StringComparer.Ordinal).ToList())})");
        var textless = texts.Where(t => t.Key.EndsWith(".pdf", StringComparison.Ordinal) && t.Value.WordCount < CheckTargets.MinPdfTextWords)
            .Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        report.Expect(textless.Count == 0, $"every PDF has a text layer (pdftotext >= {CheckTargets.MinPdfTextWords} words; {textless.Count} without{Sample(textless)})");
        return texts;
    }

    private static void CheckWords(CheckReport report, IReadOnlyDictionary<string, ShingleSet> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        var words = texts.ToDictionary(t => t.Key, t => t.Value.WordCount, StringComparer.Ordinal);
        var outside = words.Where(w => w.Value is < CheckTargets.MinWords or > CheckTargets.MaxWords)
            .OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} ({w.Value})").ToList();
        report.Line($"Words per document: min {words.Values.Min()}, median {words.Values.Order().ElementAt(words.Count / 2)}, max {words.Values.Max()}, total {words.Values.Sum()}");
        report.Expect(outside.Count == 0, $"every document has {CheckTargets.MinWords}-{CheckTargets.MaxWords} words ({outside.Count} outside{Sample(outside)})");
        var fullLength = words.Count(w => w.Value >= CheckTargets.FullLengthWords);
        report.Expect(fullLength >= CheckTargets.FullLength, $">= {CheckTargets.FullLength} full-length documents of {CheckTargets.FullLengthWords} words or more ({fullLength})");
    }

    private static void CheckSimilarity(CheckReport report, IReadOnlyDictionary<string, ShingleSet> texts)
    {
        var pairs = SimilarityScan.TopPairs(texts, 5);
        report.Line("Largest Jaccard similarity of word 5-shingles:");
        foreach (var (first, second, jaccard) in pairs)
        {
            report.Line($"  {jaccard:0.000}  {first}  ~  {second}");
        }

        var largest = pairs.Count > 0 ? pairs[0].Jaccard : 0;
        report.Expect(largest < CheckTargets.MaxJaccard, $"largest Jaccard {largest:0.000} < {CheckTargets.MaxJaccard}");
    }

    private void CheckSize(CheckReport report)
    {
        var bytes = Directory.EnumerateFiles(layout.CorpusDirectory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        report.Expect(bytes < CheckTargets.MaxCorpusBytes, $"corpus size {bytes / 1024.0 / 1024.0:0.00} MB < {CheckTargets.MaxCorpusBytes / 1024 / 1024} MB");
    }

    private static string Sample(IReadOnlyList<string> items) =>
        items.Count == 0 ? string.Empty : ": " + string.Join(", ", items.Take(8)) + (items.Count > 8 ? ", …" : string.Empty);
}
