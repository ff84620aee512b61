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
            var details = services.Index.GetDetails(documentId, similar: 5) ?? throw new DocumentNotFoundException(documentId);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, details);
            }
            else
            {
                DocumentView.Write(context, details, includeText: !parse.GetValue(noText));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
