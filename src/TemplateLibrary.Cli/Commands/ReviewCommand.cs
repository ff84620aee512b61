using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib review [--below 0.6] [--json]`: documents whose automatic tags are uncertain or missing.</summary>
internal sealed class ReviewCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var below = new Option<double>("--below") { Description = "Confidence under which an automatic tag needs review.", DefaultValueFactory = _ => 0.6 };
        var json = GlobalOptions.CreateJson();
        var command = new Command("review", "List documents whose category, model or type is uncertain, for a librarian to check.") { below, json };
        command.SetAction(parse => guard(context =>
        {
            var threshold = parse.GetValue(below);
            if (threshold is < 0 or > 1)
            {
                throw new UsageException("--below must be between 0 and 1");
            }

            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var items = services.Index.ListUncertain(threshold);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, items);
                return ExitCodes.Success;
            }

            context.Console.MarkupLine($"[bold]{items.Count}[/] document(s) to review (automatic tags below {threshold.ToString("0.00", CultureInfo.InvariantCulture)} or missing):");
            foreach (var item in items)
            {
                context.Console.MarkupLine($"  [bold]{Markup.Escape(item.Title)}[/]  [grey]{item.Id}[/]");
                foreach (var issue in item.Issues)
                {
                    context.Console.MarkupLine($"      {Markup.Escape(issue.ToString())}");
                }

                foreach (var warning in item.Warnings)
                {
                    context.Console.MarkupLine($"      [yellow]{Markup.Escape(warning)}[/]");
                }
            }

            context.Console.MarkupLine("[grey]Correct one with: templib retag ID --category ID (kept across re-ingests).[/]");
            return ExitCodes.Success;
        }));
        return command;
    }
}
