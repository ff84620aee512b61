using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Web.Audit;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib remove ID`: forget a document and its paths (the files are not touched).</summary>
internal sealed class RemoveCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The document id." };
        var command = new Command("remove", "Remove a document from the index; the file on disk is left alone.") { id };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var documentId = parse.GetValue(id)!;
            var title = services.Index.GetDocument(documentId)?.Title;
            if (!services.Index.RemoveDocument(documentId))
            {
                throw new DocumentNotFoundException(documentId);
            }

            services.Audit.Record(AuditActions.CommandLineUser, AuditActions.Remove, documentId, title, null);

            context.Output.WriteLine($"removed {documentId}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
