using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib show ID [--json]`: metadata, tags with evidence, and the extracted text.</summary>
internal sealed class ShowCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var id = new Argument<string>("ID") { Description = "The document id, as search prints it." };
        var noText = new Option<bool>("--no-text") { Description = "Leave out the extracted text." };
        var json = GlobalOptions.CreateJson();
        var command = new Command("show", "Show one document: metadata, tags with their evidence, and its text.") { id, noText, json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var documentId = parse.GetValue(id)!;
            var document = services.Index.GetDocument(documentId) ?? throw new DocumentNotFoundException(documentId);
            var similar = services.Index.FindSimilar(documentId, 5);
            var nearDuplicates = services.Index.FindNearDuplicates(documentId);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { document, nearDuplicates, similar });
            }
            else
            {
                DocumentView.Write(context, document, nearDuplicates, similar, services.Taxonomy, includeText: !parse.GetValue(noText));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
