using System.CommandLine;
using Spectre.Console;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Search.Export;
using TemplateLibrary.Search.Partnerships;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib partnerships [WORDS] [--category ID]... [--model ID]... [--region ID]... [--partners N]... [--status S]...
/// [--council NAME] [--year-from Y] [--year-to Y] [--limit N] [--offset N] [--json | --out FILE [--format csv|json]]`: the
/// partnerships directory, or every matching arrangement exported to a file.</summary>
internal sealed class PartnershipsCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var words = new Argument<string[]>("WORDS") { Description = "Words every arrangement listed holds (in its service, partners, vehicle or documents' titles).", Arity = ArgumentArity.ZeroOrMore };
        var category = Repeated("--category", "Service category id");
        var model = Repeated("--model", "Delivery vehicle (delivery model id)");
        var region = Repeated("--region", "Region id of a partner council");
        var partners = Repeated("--partners", "Number of partners: 2, 3, 4 or 5+");
        var status = Repeated("--status", "proposed, operational, dissolved or unknown");
        var council = new Option<string?>("--council") { Description = "Only the arrangements this council (or body) is in.", HelpName = "NAME" };
        var yearFrom = new Option<int?>("--year-from") { Description = "Earliest start year.", HelpName = "Y" };
        var yearTo = new Option<int?>("--year-to") { Description = "Latest start year.", HelpName = "Y" };
        var limit = new Option<int>("--limit") { Description = "Arrangements per page (1-1000).", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Arrangements to skip, for paging." };
        var json = GlobalOptions.CreateJson();
        var format = new Option<string?>("--format") { Description = "With --out: csv (one row per arrangement, opens in Excel; the default) or json.", HelpName = "csv|json" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out", "--output", "-o") { Description = "Write every matching arrangement (paging ignored) to this file (replaced if it exists).", HelpName = "FILE" };
        var command = new Command("partnerships", "Shared-service arrangements the documents describe: partners and roles, service, vehicle, start year, status, savings; --out FILE exports them; exit code 1 when none match.")
        {
            words, category, model, region, partners, status, council, yearFrom, yearTo, limit, offset, json, format, output,
        };
        command.SetAction(parse => guard(context =>
        {
            var text = parse.GetValue(words) ?? [];
            if (text.FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                throw new UsageException($"unknown option '{unknown}'; run 'templib partnerships --help'");
            }

            if (parse.GetValue(limit) is < 1 or > 1000 || parse.GetValue(offset) < 0)
            {
                throw new UsageException("--limit must be 1 to 1000 and --offset 0 or more");
            }

            var file = parse.GetValue(output);
            if (file is null && parse.GetValue(format) is not null)
            {
                throw new UsageException("--format needs --out FILE");
            }

            if (file is not null && parse.GetValue(json))
            {
                throw new UsageException("--json prints the arrangements, --out writes them to a file: use one or the other");
            }

            var target = file is null ? null : AtomicFile.Target(context, file);
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var query = new PartnershipQuery
            {
                Text = string.Join(' ', text),
                Categories = parse.GetValue(category) ?? [],
                Models = parse.GetValue(model) ?? [],
                Regions = parse.GetValue(region) ?? [],
                Partners = parse.GetValue(partners) ?? [],
                Statuses = parse.GetValue(status) ?? [],
                Council = parse.GetValue(council),
                YearFrom = parse.GetValue(yearFrom),
                YearTo = parse.GetValue(yearTo),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
            };
            if (target is not null)
            {
                var export = DirectoryExport.Of(services.Index.Partnerships, query);
                var chosen = ExportFormats.Parse(parse.GetValue(format) ?? "csv");
                AtomicFile.Write(target, async stream =>
                {
                    await export.WriteAsync(chosen, stream).ConfigureAwait(false);
                    return export.Arrangements.Count;
                });
                context.Output.WriteLine($"Exported {export.Arrangements.Count} arrangement{(export.Arrangements.Count == 1 ? string.Empty : "s")} to {file}");
                return export.Arrangements.Count > 0 ? ExitCodes.Success : ExitCodes.NotFound;
            }

            var list = services.Index.Partnerships.List(query);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, list);
            }
            else
            {
                Print(context.Console, list);
            }

            return list.Total > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, PartnershipList list)
    {
        console.MarkupLine($"[bold]{list.Total}[/] arrangement{(list.Total == 1 ? string.Empty : "s")}, {list.Members} partners");
        foreach (var p in list.Items)
        {
            var facts = string.Join(" · ", new[] { p.ModelLabel, p.StartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Status }.Where(f => f is not null));
            console.MarkupLine($"[bold]{Markup.Escape(p.Name)}[/]  [grey]{Markup.Escape(p.Id)}[/]");
            console.MarkupLine($"    {Markup.Escape(facts)}");
            console.MarkupLine($"    partners: {Markup.Escape(string.Join("; ", p.Members.Select(m => m.Role == PartnershipRoles.Partner ? m.Name : $"{m.Name} ({m.Role})")))}");
            foreach (var saving in p.Savings.Take(3))
            {
                console.MarkupLine($"    [green]{Markup.Escape(SavingText.Of(saving))}[/] [grey]({Markup.Escape(saving.DocumentId)})[/]");
            }

            console.MarkupLine($"    [grey]{p.Documents.Count} document{(p.Documents.Count == 1 ? string.Empty : "s")}: {Markup.Escape(string.Join(", ", p.Documents.Select(d => d.Id)))}[/]");
        }
    }

    private static Option<string[]> Repeated(string name, string description) => new(name)
    {
        Description = $"{description}; repeat for OR.",
        HelpName = "VALUE",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
