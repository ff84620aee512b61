using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib remove ID`: remove a document; it stays removed at later ingests until `templib restore ID` (the files are not touched).</summary>
internal sealed class RemoveCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The document id." };
        var command = new Command("remove", "Remove a document; later ingests skip its content until it is restored. The file on disk is left alone.") { id };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var documentId = parse.GetValue(id)!;
            services.Removal.Remove(documentId, AuditActions.CommandLineUser);
            context.Output.WriteLine($"removed {documentId}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
