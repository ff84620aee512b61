using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Search;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>
/// Times each stage of an ingest on one thread, in this process, over the same files: start-up (a templib process doing
/// nothing), hashing, extraction cold (with JIT) and warm, the tagger, near-duplicate sketches and the index writer.
/// </summary>
internal static class IngestProfile
{
    public static void Run(string templib, string documents, string work, TextWriter output)
    {
        var startup = Enumerable.Range(0, 5).Select(_ => TimedProcess.Run(templib, ["--version"]).Elapsed).Min();
        var extractor = FileExtractor.CreateDefault(ocr: false);
        var files = Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories)
            .Where(f => extractor.SupportedExtensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var clock = Stopwatch.StartNew();
        var hashes = files.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
        var hashing = clock.Elapsed;

        var byFormat = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var documentsRead = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        var cold = Time(() => Extract(extractor, files, documentsRead, byFormat));
        byFormat.Clear();
        var warm = Time(() => Extract(extractor, files, [], byFormat));

        TimeSpan taggerBuild = default, tagging = default, sketches = default;
        var tags = new Dictionary<string, IReadOnlyList<Tag>>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, MinHashSignature>(StringComparer.Ordinal);
        AutoTagger? tagger = null;
        taggerBuild = Time(() => tagger = new AutoTagger(Taxonomy.LoadDefault()));
        var tagTimes = new List<(string Path, TimeSpan Elapsed, int Chars)>();
        tagging = Time(() =>
        {
            foreach (var (path, document) in documentsRead)
            {
                var one = Stopwatch.StartNew();
                tags[path] = tagger!.Tag(document);
                tagTimes.Add((path, one.Elapsed, document.Text.Length));
            }
        });
        sketches = Time(() =>
        {
            foreach (var (path, document) in documentsRead)
            {
                signatures[path] = MinHasher.Sign(document.Text);
            }
        });

        var indexFolder = Path.Combine(work, "profile-index");
        var writing = Time(() =>
        {
            using var index = LibraryIndex.Open(indexFolder);
            foreach (var batch in documentsRead.Chunk(200))
            {
                var changes = new IndexChangeSet();
                changes.Upserts.AddRange(batch.Select(pair => Record(pair.Key, hashes[pair.Key], pair.Value, tags[pair.Key], signatures[pair.Key])));
                index.Apply(changes);
            }
        });

        var total = hashing + cold + taggerBuild + tagging + sketches + writing;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Profile of one ingest on one thread, in process ({files.Count} files, {documentsRead.Count} read):"));
        Row(output, "start-up (templib --version, best of 5)", startup, null);
        Row(output, "hashing", hashing, total);
        Row(output, "extraction, cold (incl. JIT)", cold, total);
        Row(output, "  of which JIT and first-use (cold - warm)", cold - warm, total);
        foreach (var (format, elapsed) in byFormat.OrderByDescending(p => p.Value))
        {
            Row(output, "  warm " + format, elapsed, total);
        }

        Row(output, "tagger set-up (taxonomy, cue patterns)", taggerBuild, total);
        Row(output, "tagging", tagging, total);
        foreach (var (path, elapsed, chars) in tagTimes.OrderByDescending(t => t.Elapsed).Take(3))
        {
            Row(output, string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(path)[..Math.Min(28, Path.GetFileName(path).Length)]} ({chars / 1000:N0}k chars)"), elapsed, total);
        }

        Row(output, "near-duplicate sketches (MinHash)", sketches, total);
        Row(output, "catalogue and Lucene index writer (batches of 200)", writing, total);
        Row(output, "total of the stages", total, total);
    }

    private static void Extract(FileExtractor extractor, List<string> files, Dictionary<string, ExtractedDocument> keep, Dictionary<string, TimeSpan> byFormat)
    {
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var document = extractor.Extract(file, CancellationToken.None);
                keep[file] = document;
                byFormat[document.Format] = byFormat.GetValueOrDefault(document.Format) + clock.Elapsed;
            }
            catch (ExtractionException)
            {
                byFormat["failed"] = byFormat.GetValueOrDefault("failed") + clock.Elapsed;
            }
        }
    }

    private static DocumentRecord Record(string path, string hash, ExtractedDocument document, IReadOnlyList<Tag> tags, MinHashSignature signature) => new()
    {
        Id = hash[..12],
        Hash = hash,
        Path = path,
        SizeBytes = new FileInfo(path).Length,
        Title = document.Title ?? Path.GetFileNameWithoutExtension(path),
        Content = document,
        Tags = tags,
        WordCount = document.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
        FileModified = File.GetLastWriteTimeUtc(path),
        Signature = signature,
    };

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static void Row(TextWriter output, string stage, TimeSpan elapsed, TimeSpan? total) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {stage,-46} {elapsed.TotalSeconds,7:0.000} s{(total is { } t ? $"  {elapsed / t,6:P0}" : string.Empty)}"));
}
