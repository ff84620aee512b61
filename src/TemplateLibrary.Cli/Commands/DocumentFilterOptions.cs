using System.CommandLine;
using System.Globalization;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Commands;

/// <summary>The document filters `search`, `clauses` and `export` share: facets, year range, review date, page (not for
/// `export`, which writes every result) and the query words.</summary>
internal sealed class DocumentFilterOptions
{
    private readonly string commandName;
    private readonly bool paged;
    private readonly Argument<string[]> query = new("QUERY")
    {
        Description = "Words (ANDed), \"phrases\", OR, -exclusions, prefix*, and category: model: type: power: council: partner: year: review:due filters.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Dictionary<string, Option<string[]>> facets = new()
    {
        [FacetNames.Category] = FacetOption("--category", "Service category id"),
        [FacetNames.Model] = FacetOption("--model", "Delivery model id"),
        [FacetNames.Type] = FacetOption("--type", "Document type id"),
        [FacetNames.Power] = FacetOption("--power", "Statutory power id"),
        [FacetNames.Council] = FacetOption("--council", "Council name"),
        [FacetNames.Partner] = FacetOption("--partner", "Partner body name (NHS, police, fire, combined authority, parish council)"),
    };

    private readonly Option<int?> yearFrom = new("--year-from") { Description = "Earliest year.", HelpName = "Y" };
    private readonly Option<int?> yearTo = new("--year-to") { Description = "Latest year.", HelpName = "Y" };
    private readonly Option<string?> reviewDueBefore = new("--review-due-before") { Description = "Only agreements whose review date is before this day.", HelpName = "YYYY-MM-DD" };
    private readonly Option<int> limit = new("--limit") { Description = $"Results per page (1-{SearchRequest.MaxLimit}).", DefaultValueFactory = _ => SearchRequest.DefaultLimit };
    private readonly Option<int> offset = new("--offset") { Description = "Results to skip, for paging." };

    /// <summary>Creates the options of a command (named in errors); <paramref name="paged"/> false leaves out --limit and --offset.</summary>
    public DocumentFilterOptions(string commandName, bool paged = true)
    {
        this.commandName = commandName;
        this.paged = paged;
    }

    /// <summary>Adds the query argument and the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(query);
        foreach (var option in facets.Values)
        {
            command.Options.Add(option);
        }

        command.Options.Add(yearFrom);
        command.Options.Add(yearTo);
        command.Options.Add(reviewDueBefore);
        if (paged)
        {
            command.Options.Add(limit);
            command.Options.Add(offset);
        }
    }

    /// <summary>The request the parsed options describe (sorted by relevance).</summary>
    /// <exception cref="UsageException">A page option or the review date is invalid, or an unknown option became a query word.</exception>
    public SearchRequest Read(ParseResult parse)
    {
        var limitValue = paged ? parse.GetValue(limit) : SearchRequest.DefaultLimit;
        var offsetValue = paged ? parse.GetValue(offset) : 0;
        if (limitValue is < 1 or > SearchRequest.MaxLimit || offsetValue < 0)
        {
            throw new UsageException($"--limit must be 1 to {SearchRequest.MaxLimit} and --offset 0 or more");
        }

        var words = parse.GetValue(query) ?? [];
        if (words.FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            // The query takes any word, so a mistyped option would otherwise become a search term.
            throw new UsageException($"unknown option '{unknown}'; run 'templib {commandName} --help'");
        }

        DateOnly? before = null;
        if (parse.GetValue(reviewDueBefore) is { } text)
        {
            before = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--review-due-before must be a date such as 2026-12-31, not '{text}'");
        }

        return new SearchRequest
        {
            Query = string.Join(' ', words),
            Filters = facets
                .Select(pair => (pair.Key, Values: parse.GetValue(pair.Value) ?? []))
                .Where(pair => pair.Values.Length > 0)
                .ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Values, StringComparer.Ordinal),
            YearFrom = parse.GetValue(yearFrom),
            YearTo = parse.GetValue(yearTo),
            ReviewDueBefore = before,
            Limit = limitValue,
            Offset = offsetValue,
        };
    }

    private static Option<string[]> FacetOption(string name, string description) => new(name)
    {
        Description = $"{description}; repeat for OR.",
        HelpName = "ID",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
