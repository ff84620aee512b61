using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib tag [FILE|-] [--json]`: what the automatic tagger makes of a file or of text on stdin.</summary>
internal sealed class TagCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var file = new Argument<string>("FILE") { Description = "A file, or - (the default) for plain text on standard input.", DefaultValueFactory = _ => "-" };
        var json = GlobalOptions.CreateJson();
        var command = new Command("tag", "Show the automatic tags for a file or text, with confidence and evidence.") { file, json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var source = parse.GetValue(file)!;
            ExtractedDocument document;
            if (source == "-")
            {
                document = new ExtractedDocument { Format = "txt", Text = context.Input.ReadToEnd() };
            }
            else
            {
                var path = context.Resolve(source);
                try
                {
                    using var budget = new CancellationTokenSource(ExtractionLimits.Default.Timeout);
                    document = services.Extractor.Extract(path, budget.Token);
                }
                catch (ExtractionException ex)
                {
                    context.Error.WriteLine($"error: {path}: {ex.Message}");
                    return ExitCodes.PartialFailure;
                }
            }

            var result = services.Tagger.Analyze(document);
            if (parse.GetValue(json))
            {
                // The tagger's verdict, plus clauses and agreement facts when the type is one whose clauses are read (as at ingestion).
                var output = JsonNode.Parse(result.ToJson())!.AsObject();
                output["agreement"] = services.Agreements.Reads(result.Type?.Id)
                    ? JsonSerializer.SerializeToNode(services.Agreements.Read(document), TaggingJson.Options)
                    : null;
                context.Output.WriteLine(output.ToJsonString(TaggingJson.Options));
            }
            else
            {
                TaggingView.Write(context, result);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
