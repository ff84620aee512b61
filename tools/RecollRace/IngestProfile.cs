using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using TemplateLibrary.Core.Agreements;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Duplicates;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Indexing;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Search;

namespace TemplateLibrary.Tools.RecollRace;

/// <summary>
/// Times each stage of an ingest on one thread, in this process, over the same files: start-up (a templib process doing
/// nothing), hashing, extraction cold (with JIT) and warm, the tagger, clauses and agreement facts, near-duplicate sketches and the
/// index writer; then the slowest documents stage by stage.
/// </summary>
internal static class IngestProfile
{
    public static void Run(string templib, string documents, string work, TextWriter output)
    {
        var startup = Enumerable.Range(0, 5).Select(_ => TimedProcess.Run(templib, ["--version"])).MinBy(r => r.Elapsed)!;
        var extractor = FileExtractor.CreateDefault(ocr: false);
        var files = Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories)
            .Where(f => IngestionOptions.DefaultExtensions.Contains(Path.GetExtension(f))) // what templib ingest walks
            .Order(StringComparer.Ordinal)
            .ToList();

        Dictionary<string, string> hashes = [];
        var hashing = Time(() => hashes = files.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))));

        var byFormat = new Dictionary<string, StageTime>(StringComparer.Ordinal);
        var documentsRead = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        var perDocument = files.ToDictionary(f => f, _ => new DocumentStages(), StringComparer.Ordinal);
        var cold = Time(() => Extract(extractor, files, documentsRead, byFormat, null));
        byFormat.Clear();
        var warm = Time(() => Extract(extractor, files, [], byFormat, perDocument));

        var tags = new Dictionary<string, IReadOnlyList<Tag>>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, MinHashSignature>(StringComparer.Ordinal);
        AutoTagger? tagger = null;
        var taggerBuild = Time(() => tagger = new AutoTagger(Taxonomy.LoadDefault()));
        var tagging = Time(() =>
        {
            foreach (var (path, document) in documentsRead)
            {
                var one = Stopwatch.StartNew();
                tags[path] = tagger!.Tag(document);
                perDocument[path].Tagging = one.Elapsed;
            }
        });
        var agreements = new AgreementReader(Taxonomy.LoadDefault());
        var clauses = Time(() =>
        {
            foreach (var (path, document) in documentsRead)
            {
                // As the ingest does: clauses and facts only for the document types that have them.
                var one = Stopwatch.StartNew();
                var type = tags[path].FirstOrDefault(t => t.Facet == FacetNames.Type)?.Value;
                if (agreements.Reads(type))
                {
                    agreements.Read(document);
                }

                perDocument[path].Clauses = one.Elapsed;
            }
        });
        var sketches = Time(() =>
        {
            foreach (var (path, document) in documentsRead)
            {
                var one = Stopwatch.StartNew();
                signatures[path] = MinHasher.Sign(document.Text);
                perDocument[path].Sketch = one.Elapsed;
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

        var total = hashing + cold + taggerBuild + tagging + clauses + sketches + writing;
        output.WriteLine("Wall and processor time (user + system, all threads: JIT, GC) per stage; processor time moves less with other work on the machine.");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Profile of one ingest on one thread, in process ({files.Count} files, {documentsRead.Count} read):"));
        Row(output, "start-up (templib --version, best of 5)", new StageTime(startup.Elapsed, startup.Cpu ?? TimeSpan.Zero), null);
        Row(output, "hashing", hashing, total);
        Row(output, "extraction, cold (incl. JIT)", cold, total);
        Row(output, "  of which JIT and first-use (cold - warm)", cold - warm, total);
        foreach (var (format, elapsed) in byFormat.OrderByDescending(p => p.Value.Wall))
        {
            Row(output, "  warm " + format, elapsed, total);
        }

        Row(output, "tagger set-up (taxonomy, cue patterns)", taggerBuild, total);
        Row(output, "tagging", tagging, total);
        Row(output, "clauses and agreement facts (their types only)", clauses, total);
        Row(output, "near-duplicate sketches (MinHash)", sketches, total);
        Row(output, "catalogue and Lucene index writer (batches of 200)", writing, total);
        Row(output, "total of the stages", total, total);
        output.WriteLine("The 10 slowest documents (warm extraction, tagging, clauses, sketch; seconds):");
        foreach (var (path, stages) in perDocument.Where(p => documentsRead.ContainsKey(p.Key)).OrderByDescending(p => p.Value.Total).Take(10))
        {
            var name = Path.GetFileName(path);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name[..Math.Min(40, name.Length)],-40} {documentsRead[path].Text.Length / 1000,5:N0}k chars  {stages.Extraction.TotalSeconds,6:0.000} {stages.Tagging.TotalSeconds,6:0.000} {stages.Clauses.TotalSeconds,6:0.000} {stages.Sketch.TotalSeconds,6:0.000}"));
        }
    }

    private static void Extract(
        FileExtractor extractor, List<string> files, Dictionary<string, ExtractedDocument> keep, Dictionary<string, StageTime> byFormat, Dictionary<string, DocumentStages>? perDocument)
    {
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            try
            {
                var document = extractor.Extract(file, CancellationToken.None);
                keep[file] = document;
                byFormat[document.Format] = byFormat.GetValueOrDefault(document.Format) + new StageTime(clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
                perDocument?[file].Extraction = clock.Elapsed;
            }
            catch (ExtractionException)
            {
                byFormat["failed"] = byFormat.GetValueOrDefault("failed") + new StageTime(clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
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

    private static StageTime Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        action();
        return new StageTime(clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
    }

    private static void Row(TextWriter output, string stage, StageTime time, StageTime? total) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {stage,-50} {time.Wall.TotalSeconds,7:0.000} s  cpu {time.Cpu.TotalSeconds,7:0.000} s{(total is { } t ? $"  {time.Cpu / t.Cpu,6:P0} of cpu" : string.Empty)}"));
}
