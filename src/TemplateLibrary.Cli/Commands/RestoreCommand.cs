using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib restore ID`: bring back a removed document, re-ingested from its files with its corrections.</summary>
internal sealed class RestoreCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The id the document had when it was removed." };
        var command = new Command("restore", "Restore a removed document, with its corrections.") { id };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var restored = services.Removal.Restore(parse.GetValue(id)!, AuditActions.CommandLineUser);
            context.Output.WriteLine($"restored {restored}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
