using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Core.Ingestion;
using TemplateLibrary.Core.Ingestion.Manifest;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib ingest PATH... [--manifest FILE.csv] [--jobs N] [--no-ocr] [--json]`.</summary>
internal sealed class IngestCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to ingest (folders recursively).", Arity = ArgumentArity.OneOrMore };
        var manifest = new Option<string?>("--manifest") { Description = "A CSV of metadata: path,title,category,model,type,councils,partners,year,powers,summary.", HelpName = "FILE.csv" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files extracted at once (default: the number of cores).", HelpName = "N" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change without writing anything." };
        var force = new Option<bool>("--force") { Description = "Re-extract and re-tag files even when unchanged." };
        var timeout = new Option<int?>("--timeout") { Description = "Seconds one file may take (default 30).", HelpName = "SECONDS" };
        var maxSize = new Option<long?>("--max-size") { Description = "Largest file accepted, in MB (default 100).", HelpName = "MB" };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Do not OCR scanned PDF pages (they are indexed with a 'scanned, no text layer' warning)." };
        var json = GlobalOptions.CreateJson();
        var command = new Command("ingest", "Add, update and remove documents from files and folders.") { paths, manifest, jobs, dryRun, force, timeout, maxSize, noOcr, json };
        command.SetAction(parse => guard(context =>
        {
            if (parse.GetValue(jobs) < 0)
            {
                throw new UsageException("--jobs must be 0 or more");
            }

            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var manifestPath = parse.GetValue(manifest);
            var request = new IngestionRequest
            {
                Paths = parse.GetValue(paths)!.Select(context.Resolve).ToList(),
                Manifest = manifestPath is null ? null : ManifestReader.Read(context.Resolve(manifestPath), new TaxonomyVocabulary(services.Taxonomy)),
                Jobs = parse.GetValue(jobs),
                DryRun = parse.GetValue(dryRun),
                Force = parse.GetValue(force),
            };
            var pipeline = services.CreatePipeline(parse.GetValue(timeout), parse.GetValue(maxSize), ocr: !parse.GetValue(noOcr));
            var asJson = parse.GetValue(json);
            var report = asJson
                ? pipeline.Run(request)
                : IngestProgressView.Run(context, progress => pipeline.Run(request, progress));
            if (asJson)
            {
                JsonOutput.Write(context.Output, IngestSummaryJson.From(report));
            }
            else
            {
                IngestSummaryView.Write(context, report);
            }

            return report.HasFailures ? ExitCodes.PartialFailure : ExitCodes.Success;
        }));
        return command;
    }
}
