using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib search QUERY [--category ID]... [--sort …] [--limit N] [--offset N] [--json]`.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words (ANDed), \"phrases\", OR, -exclusions, prefix*, and category: model: type: power: council: partner: year: filters.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var facetOptions = new Dictionary<string, Option<string[]>>
        {
            [FacetNames.Category] = FacetOption("--category", "Service category id"),
            [FacetNames.Model] = FacetOption("--model", "Delivery model id"),
            [FacetNames.Type] = FacetOption("--type", "Document type id"),
            [FacetNames.Power] = FacetOption("--power", "Statutory power id"),
            [FacetNames.Council] = FacetOption("--council", "Council name"),
            [FacetNames.Partner] = FacetOption("--partner", "Partner body name (NHS, police, fire, combined authority, parish council)"),
        };
        var yearFrom = new Option<int?>("--year-from") { Description = "Earliest year.", HelpName = "Y" };
        var yearTo = new Option<int?>("--year-to") { Description = "Latest year.", HelpName = "Y" };
        var sort = new Option<string>("--sort") { Description = "relevance, date or title.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "title");
        var limit = new Option<int>("--limit") { Description = $"Results per page (1-{SearchRequest.MaxLimit}).", DefaultValueFactory = _ => SearchRequest.DefaultLimit };
        var offset = new Option<int>("--offset") { Description = "Results to skip, for paging." };
        var json = GlobalOptions.CreateJson();

        var command = new Command("search", "Search the library; exit code 1 when nothing is found.") { query };
        foreach (var option in facetOptions.Values)
        {
            command.Options.Add(option);
        }

        command.Options.Add(yearFrom);
        command.Options.Add(yearTo);
        command.Options.Add(sort);
        command.Options.Add(limit);
        command.Options.Add(offset);
        command.Options.Add(json);
        command.SetAction(parse => guard(context =>
        {
            var limitValue = parse.GetValue(limit);
            if (limitValue is < 1 or > SearchRequest.MaxLimit || parse.GetValue(offset) < 0)
            {
                throw new UsageException($"--limit must be 1 to {SearchRequest.MaxLimit} and --offset 0 or more");
            }

            var words = parse.GetValue(query) ?? [];
            if (words.FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                // The query takes any word, so a mistyped option would otherwise become a search term.
                throw new UsageException($"unknown option '{unknown}'; run 'templib search --help'");
            }

            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var filters = facetOptions
                .Select(pair => (pair.Key, Values: parse.GetValue(pair.Value) ?? []))
                .Where(pair => pair.Values.Length > 0)
                .ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Values, StringComparer.Ordinal);
            var request = new SearchRequest
            {
                Query = string.Join(' ', words),
                Filters = filters,
                YearFrom = parse.GetValue(yearFrom),
                YearTo = parse.GetValue(yearTo),
                Sort = Enum.Parse<SearchSort>(parse.GetValue(sort)!, ignoreCase: true),
                Limit = limitValue,
                Offset = parse.GetValue(offset),
            };
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

    private static Option<string[]> FacetOption(string name, string description) => new(name)
    {
        Description = $"{description}; repeat for OR.",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
