using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib search QUERY [--category ID]... [--review-due-before DATE] [--sort …] [--limit N] [--offset N] [--json]`.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var filters = new DocumentFilterOptions("search");
        var sort = new Option<string>("--sort") { Description = "relevance, date or title.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "title");
        var allVersions = new Option<bool>("--all-versions") { Description = "Every version of each document; by default only the current one." };
        var json = GlobalOptions.CreateJson();

        var command = new Command("search", "Search the library; exit code 1 when nothing is found.");
        filters.AddTo(command);
        command.Options.Add(sort);
        command.Options.Add(allVersions);
        command.Options.Add(json);
        command.SetAction(parse => guard(context =>
        {
            var request = filters.Read(parse) with
            {
                Sort = Enum.Parse<SearchSort>(parse.GetValue(sort)!, ignoreCase: true),
                AllVersions = parse.GetValue(allVersions),
            };
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
