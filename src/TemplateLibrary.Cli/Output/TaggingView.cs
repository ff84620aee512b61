using System.Globalization;
using Spectre.Console;
using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints the tagger's verdict for a person: each facet, its confidence and the evidence.</summary>
internal static class TaggingView
{
    public static void Write(CliContext context, TaggingResult result)
    {
        var console = context.Console;
        WriteFacet(console, "category", result.Category);
        foreach (var secondary in result.SecondaryCategories)
        {
            WriteFacet(console, "  also", secondary);
        }

        WriteFacet(console, "model", result.Model);
        WriteFacet(console, "type", result.Type);
        foreach (var power in result.Powers)
        {
            console.MarkupLine($"[grey]power[/]     [bold]{Markup.Escape(power.Label)}[/]  [grey]{Markup.Escape(AutoTagger.FormatEvidence(power.Evidence))}[/]");
        }

        foreach (var council in result.Councils)
        {
            console.MarkupLine($"[grey]council[/]   [bold]{Markup.Escape(council.Name)}[/]  [grey]{Markup.Escape(AutoTagger.FormatEvidence(council.Evidence))}[/]");
        }

        foreach (var body in result.PartnerBodies)
        {
            console.MarkupLine($"[grey]partner[/]   [bold]{Markup.Escape(body.Name)}[/] ({Markup.Escape(body.Kind)})  [grey]{Markup.Escape(AutoTagger.FormatEvidence(body.Evidence))}[/]");
        }

        if (result.Year is { } year)
        {
            console.MarkupLine($"[grey]year[/]      [bold]{year.Value}[/]  [grey]{Markup.Escape($"{year.Source} {year.Evidence}".Trim())}[/]");
        }
    }

    private static void WriteFacet(IAnsiConsole console, string name, FacetMatch? match)
    {
        if (match is null)
        {
            console.MarkupLine($"[grey]{name,-9}[/] unknown");
            return;
        }

        console.MarkupLine(
            $"[grey]{name,-9}[/] [bold]{Markup.Escape(match.Label)}[/] ({match.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})  " +
            $"[grey]{Markup.Escape(AutoTagger.FormatEvidence(match.Evidence))}[/]");
    }
}
