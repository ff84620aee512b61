using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib arrangement ID --vehicle ID ... | --merge OTHER`: a librarian's correction or merge of an arrangement of
/// the partnerships directory, kept across re-ingests.</summary>
internal sealed class ArrangementCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The arrangement id (templib partnerships --json lists them)." };
        var partners = new Option<string[]>("--partner") { Description = "Every partner, each as NAME or NAME=ROLE (host, lead, shareholder, partner); replaces the partners.", Arity = ArgumentArity.OneOrMore };
        var vehicle = new Option<string?>("--vehicle") { Description = "Delivery vehicle (delivery model id or label)." };
        var service = new Option<string?>("--service") { Description = "Main service (category id or label)." };
        var status = new Option<string?>("--status") { Description = "proposed, operational or dissolved." };
        var startYear = new Option<string?>("--start-year") { Description = "The year it started." };
        var merge = new Option<string?>("--merge") { Description = "Merge this arrangement (its id) into ID instead of correcting fields.", HelpName = "OTHER" };
        var command = new Command("arrangement", "Correct an arrangement of the partnerships directory, or merge another into it; kept across re-ingests.")
        {
            id, partners, vehicle, service, status, startYear, merge,
        };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var target = parse.GetValue(id)!;
            var correction = services.ArrangementCorrection;
            if (parse.GetValue(merge) is { } other)
            {
                if ((parse.GetValue(partners) ?? []).Length > 0 || new[] { vehicle, service, status, startYear }.Any(o => parse.GetValue(o) is not null))
                {
                    throw new UsageException("--merge takes no other correction: merge first, then correct");
                }

                correction.Merge(target, other, AuditActions.CommandLineUser);
                context.Output.WriteLine($"{target}: merged {other} into it");
                return ExitCodes.Success;
            }

            var edit = correction.Resolve(parse.GetValue(partners), parse.GetValue(vehicle), parse.GetValue(service), parse.GetValue(status), parse.GetValue(startYear));
            correction.Correct(target, edit, AuditActions.CommandLineUser);
            context.Output.WriteLine($"{target}: corrected");
            return ExitCodes.Success;
        }));
        return command;
    }
}
