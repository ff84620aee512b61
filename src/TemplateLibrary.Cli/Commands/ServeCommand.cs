using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Web;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib serve [--urls URL]`: the web front end and JSON API; ingests corpus/ into an empty index first.</summary>
internal sealed class ServeCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var corpus = new Option<string?>("--corpus") { Description = "The folder ingested when the index is empty (default: corpus/ here or above).", HelpName = "DIR" };
        var command = new Command("serve", "Serve the search page and the JSON API.") { urls, corpus };
        command.SetAction(parse => guard(context =>
        {
            var corpusOption = parse.GetValue(corpus);
            using var app = LibraryWebApp.Build(new LibraryWebOptions
            {
                IndexDirectory = context.Resolve(parse.GetValue(options.Index)!),
                CorpusDirectory = corpusOption is null ? CorpusLocator.Find(context.CurrentDirectory) : context.Resolve(corpusOption),
                TaxonomyFile = parse.GetValue(options.Taxonomy) is { } taxonomy ? context.Resolve(taxonomy) : null,
                Urls = parse.GetValue(urls)!,
            });
            app.Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
