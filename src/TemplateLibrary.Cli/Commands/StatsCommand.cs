using System.CommandLine;
using Spectre.Console;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib stats [--json]`: what the index holds.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var json = GlobalOptions.CreateJson();
        var command = new Command("stats", "Count the documents, files, formats and tags in the index.") { json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var stats = services.Index.GetStats();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, stats);
                return ExitCodes.Success;
            }

            var console = context.Console;
            console.MarkupLine($"[bold]{stats.Documents}[/] documents in {stats.Files} files; catalogue {stats.DatabaseBytes / 1048576.0:0.0} MB, full-text index {stats.IndexBytes / 1048576.0:0.0} MB, schema v{stats.SchemaVersion}" +
                (stats.LastIngest is { } last ? $", last ingest {last:yyyy-MM-dd HH:mm}" : string.Empty));
            console.MarkupLine("[grey]format:[/] " + Markup.Escape(string.Join(", ", stats.ByFormat.Select(p => $"{p.Key} {p.Value}"))));
            foreach (var (facet, counts) in stats.ByFacet)
            {
                console.MarkupLine($"[grey]{facet}:[/] " + Markup.Escape(string.Join(", ", counts.Select(c => $"{c.Label} {c.Count}"))));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
