using System.CommandLine;
using TemplateLibrary.Cli.Composition;
using TemplateLibrary.Cli.Output;
using TemplateLibrary.Search.Insights;

namespace TemplateLibrary.Cli.Commands;

/// <summary>`templib insights [--json]`: the library's headline figures (arrangements, members, services most shared,
/// vehicles, regions, partner counts, start years, savings reported).</summary>
internal sealed class InsightsCommand : ICliCommand
{
    public Command Build(GlobalOptions options, Func<Func<CliContext, int>, int> guard)
    {
        var json = GlobalOptions.CreateJson();
        var command = new Command("insights", "Headline figures of the partnerships the documents describe: arrangements by status, members, services most shared, vehicles, regions, savings reported; exit code 1 when the library holds no arrangement.") { json };
        command.SetAction(parse => guard(context =>
        {
            using var services = LibraryServices.Create(context, parse.GetValue(options.Index)!, parse.GetValue(options.Taxonomy));
            var insights = InsightsCalculator.Of(services.Index.Partnerships);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, insights);
            }
            else
            {
                InsightsView.Write(context.Console, insights);
            }

            return insights.Arrangements > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }
}
