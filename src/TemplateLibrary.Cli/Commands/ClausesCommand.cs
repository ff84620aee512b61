using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib clauses QUERY [--kind K]... [document filters…] [--json]`: the clauses of agreements.</summary>
internal sealed class ClausesCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var filters = new DocumentFilterOptions("clauses");
        var kinds = new Option<string[]>("--kind")
        {
            Description = "Clause kind id (termination, notices, …); repeat for OR.",
            HelpName = "KIND",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var json = GlobalOptions.CreateJson();

        var command = new Command("clauses", "Search the clauses of agreements; exit code 1 when nothing is found.");
        filters.AddTo(command);
        command.Options.Add(kinds);
        command.Options.Add(json);
        command.SetAction(parse => guard(context =>
        {
            var request = new ClauseSearchRequest { Search = filters.Read(parse), Kinds = parse.GetValue(kinds) ?? [] };
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var response = services.Index.SearchClauses(request);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, response);
            }
            else
            {
                ClauseResultsView.Write(context, request, response);
            }

            return response.Total > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }
}
