using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib search QUERY [--category ID]... [--review-due-before DATE] [--sort …] [--limit N] [--offset N] [--json]`.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var filters = new DocumentFilterOptions("search");
        var order = new ResultOrderOptions();
        var json = GlobalOptions.CreateJson();

        var command = new Command("search", "Search the library; exit code 1 when nothing is found.");
        filters.AddTo(command);
        order.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse => guard(context =>
        {
            var request = order.Apply(parse, filters.Read(parse));
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var response = services.Index.Search(request);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, response);
            }
            else
            {
                SearchResultsView.Write(context, request, response);
            }

            return response.Total > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }
}
