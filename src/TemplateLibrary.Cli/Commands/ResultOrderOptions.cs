using System.CommandLine;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`--sort relevance|date|title` and `--all-versions`, shared by the commands that list documents a search finds.</summary>
internal sealed class ResultOrderOptions
{
    private readonly Option<string> sort = new("--sort") { Description = "relevance, date or title.", DefaultValueFactory = _ => "relevance" };
    private readonly Option<bool> allVersions = new("--all-versions") { Description = "Every version of each document; by default only the current one." };

    /// <summary>Creates the options.</summary>
    public ResultOrderOptions() => sort.AcceptOnlyFromAmong("relevance", "date", "title");

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(sort);
        command.Options.Add(allVersions);
    }

    /// <summary>The request with the parsed order and versions applied.</summary>
    public SearchRequest Apply(ParseResult parse, SearchRequest request) => request with
    {
        Sort = Enum.Parse<SearchSort>(parse.GetValue(sort)!, ignoreCase: true),
        AllVersions = parse.GetValue(allVersions),
    };
}
