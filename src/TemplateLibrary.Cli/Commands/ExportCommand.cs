using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib export [QUERY] [filters…] --format csv|json|zip --out FILE [--sort …] [--all-versions] [--root DIR]`:
/// every document the search finds (no query nor filter with --all-versions: the whole library).</summary>
internal sealed class ExportCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var filters = new DocumentFilterOptions("export", paged: false);
        var format = new Option<string>("--format")
        {
            Description = "csv (one row per document, opens in Excel), json, or zip (the original files and a manifest.csv that 'templib ingest --manifest' reads back).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "json", "zip");
        var output = new Option<string>("--out", "--output", "-o") { Description = "The file to write (replaced if it exists).", HelpName = "FILE", Required = true };
        var order = new ResultOrderOptions();
        var root = new Option<string?>("--root") { Description = "The folder paths are written relative to (default: the folder holding the index).", HelpName = "DIR" };

        var command = new Command("export", "Export every document a search finds as CSV, JSON or a ZIP of the original files; exit code 1 when nothing is found, 3 when some files were missing from the ZIP.");
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        order.AddTo(command);
        command.Options.Add(root);
        command.SetAction(parse => guard(context =>
        {
            var request = order.Apply(parse, filters.Read(parse));
            var chosen = ExportFormats.Parse(parse.GetValue(format));
            var target = AtomicFile.Target(context, parse.GetValue(output)!);

            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var index = services.Index;
            var paths = new LibraryPaths(parse.GetValue(root) is { } folder ? context.Resolve(folder) : Path.GetDirectoryName(index.Directory) ?? index.Directory);
            var export = ResultSetExport.Of(index, request, paths.Relative);
            var report = AtomicFile.Write(target, stream => export.WriteAsync(chosen, stream, BundleLimits.None));

            foreach (var reason in report.Skipped)
            {
                context.Error.WriteLine($"skipped: {reason}");
            }

            context.Output.WriteLine($"Exported {report.Documents} document{(report.Documents == 1 ? "" : "s")} to {parse.GetValue(output)}");
            return export.Documents.Count == 0 ? ExitCodes.NotFound : report.IsComplete ? ExitCodes.Success : ExitCodes.PartialFailure;
        }));
        return command;
    }
}
