using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib agreements --due-within N [--json]`: agreements whose review falls due within N months (and overdue ones).</summary>
internal sealed class AgreementsCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var months = new Option<int>("--due-within") { Description = "Months ahead to look.", HelpName = "N", DefaultValueFactory = _ => 6 };
        var json = GlobalOptions.CreateJson();
        var command = new Command("agreements", "Agreements due for review within N months, overdue ones first; exit code 1 when none.") { months, json };
        command.SetAction(parse => guard(context =>
        {
            var within = parse.GetValue(months);
            if (within < 0)
            {
                throw new UsageException("--due-within must be 0 or more months");
            }

            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var due = services.Index.ListDueForReview(within);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, due);
                return due.Count > 0 ? ExitCodes.Success : ExitCodes.NotFound;
            }

            var console = context.Console;
            console.MarkupLine($"[bold]{due.Count}[/] agreement{(due.Count == 1 ? string.Empty : "s")} due for review within {within} month{(within == 1 ? string.Empty : "s")}");
            foreach (var item in due)
            {
                var when = item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (item.Overdue ? " [red]overdue[/]" : string.Empty);
                console.MarkupLine($"  {when}  [bold]{Markup.Escape(item.Title)}[/]  [grey]{Markup.Escape(item.DocumentId)}[/]");
                console.MarkupLine($"      [grey]{Markup.Escape(item.Review.Evidence.Where)}: \"{Markup.Escape(item.Review.Evidence.Text)}\"[/]");
            }

            return due.Count > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }
}
