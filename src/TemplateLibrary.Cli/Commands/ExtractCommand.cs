using System.CommandLine;
using System.Text.Json;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Registry;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib extract FILE [--json]`: the text and metadata of one file, without the index.</summary>
internal sealed class ExtractCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var file = new Argument<string>("FILE") { Description = "The file to read." };
        var json = GlobalOptions.CreateJson();
        var command = new Command("extract", "Print the text (and metadata) extracted from one file; nothing is indexed.") { file, json };
        command.SetAction(parse => guard(context =>
        {
            var path = context.Resolve(parse.GetValue(file)!);
            using var budget = new CancellationTokenSource(ExtractionLimits.Default.Timeout);
            ExtractedDocument document;
            try
            {
                document = FileExtractor.CreateDefault(ExtractionLimits.Default).Extract(path, budget.Token);
            }
            catch (ExtractionException ex)
            {
                context.Error.WriteLine($"error: {path}: {ex.Message}");
                return ExitCodes.PartialFailure;
            }
            if (parse.GetValue(json))
            {
                // The document as extracted, plus its clauses and agreement facts (read whatever the document's type).
                using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
                var output = JsonSerializer.SerializeToNode(document, JsonOutput.Options)!.AsObject();
                output["agreement"] = JsonSerializer.SerializeToNode(services.Agreements.Read(document), JsonOutput.Options);
                context.Output.WriteLine(output.ToJsonString(JsonOutput.Options));
            }
            else
            {
                foreach (var warning in document.Warnings)
                {
                    context.Error.WriteLine($"warning: {warning}");
                }

                context.Output.WriteLine(document.Text);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
