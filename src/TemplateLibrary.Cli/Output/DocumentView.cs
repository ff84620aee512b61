using System.Globalization;
using Spectre.Console;
using TemplateLibrary.Core.Clauses;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Cli.Output;

/// <summary>Prints one stored document for a person.</summary>
internal static class DocumentView
{
    public static void Write(CliContext context, DocumentDetails details, bool includeText)
    {
        var document = details.Document;
        var nearDuplicates = details.NearDuplicates;
        var similar = details.Similar;
        var console = context.Console;
        console.MarkupLine($"[bold]{Markup.Escape(document.Title)}[/]  [grey]{document.Id}[/]");
        if (!string.IsNullOrWhiteSpace(document.Summary))
        {
            console.MarkupLine(Markup.Escape(document.Summary));
        }

        var facts = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.AddRow($"[grey]{name}[/]", Markup.Escape(value));
            }
        }

        Row("format", document.Format);
        Row("paths", string.Join(Environment.NewLine, document.Paths));
        Row("size", $"{document.SizeBytes / 1024.0:0.#} KB, {document.WordCount} words" +
            (document.PageCount is { } pages ? $", {pages} pages" : string.Empty));
        Row("author", document.Metadata.Author);
        Row("created", document.Metadata.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row("ingested", document.IngestedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Row("warnings", string.Join("; ", document.Warnings));
        console.Write(facts);

        console.WriteLine();
        var tags = new Table().AddColumns("facet", "value", "source", "confidence", "evidence").Border(TableBorder.Simple);
        foreach (var tag in document.Tags.OrderBy(t => FacetOrder(t.Facet)).ThenByDescending(t => t.Source))
        {
            var effective = document.EffectiveTags.Contains(tag);
            var label = details.Label(tag.Facet, tag.Value);
            tags.AddRow(
                tag.Facet,
                effective ? $"[bold]{Markup.Escape(label)}[/]" : $"[grey]{Markup.Escape(label)}[/]",
                tag.Source.ToString().ToLowerInvariant(),
                tag.Source == TagSource.Auto ? tag.Confidence.ToString("0.00", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(tag.Evidence ?? string.Empty));
        }

        console.Write(tags);
        console.MarkupLine("[grey]Bold values are in effect: a librarian's correction beats the manifest, which beats file metadata, which beats the tagger.[/]");

        if (document.Headings.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Outline[/]");
            foreach (var heading in document.Headings.Take(60))
            {
                console.MarkupLine($"{new string(' ', 2 * Math.Max(0, heading.Level - 1))}- {Markup.Escape(heading.Text)}");
            }
        }

        WriteClauses(context, document);

        if (details.Versions.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]Versions[/] ({details.Versions.Count})");
            foreach (var version in details.Versions)
            {
                var marker = version.IsCurrent ? "[green]current[/]" : $"[red]-{version.WordsRemoved}[/] [green]+{version.WordsAdded}[/] words to the current";
                console.MarkupLine($"  {version.Date.Value:yyyy-MM-dd}  {Markup.Escape(version.Title)}  [grey]{version.Id} · {Markup.Escape(version.Date.Source)}[/]  {marker}");
            }
        }

        if (nearDuplicates.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Near-duplicates[/] (another version, or the same text in another format)");
            foreach (var other in nearDuplicates)
            {
                console.MarkupLine($"  {Markup.Escape(other.Title)}  [grey]{other.DocumentId} · {other.Similarity:P0} similar · {Markup.Escape(other.Path)}[/]");
            }
        }

        if (similar.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Similar documents[/]");
            foreach (var other in similar)
            {
                console.MarkupLine($"  {Markup.Escape(other.Title)}  [grey]{other.Id}[/]");
            }
        }

        if (includeText)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Text[/]");
            context.Output.WriteLine(document.Text);
        }
    }

    /// <summary>The agreement's clause outline as the document page shows it: number, heading, kinds and anchor.</summary>
    private static void WriteClauses(CliContext context, StoredDocument document)
    {
        var entries = ClauseOutline.Entries(document.Agreement.Clauses);
        if (entries.Count == 0)
        {
            return;
        }

        var console = context.Console;
        console.WriteLine();
        console.MarkupLine($"[bold]Clauses[/] ({document.Agreement.Clauses.Count(c => c.IsUnit)})");
        foreach (var clause in entries)
        {
            var caption = ClauseId.Caption(clause.Number, clause.Heading);
            var kinds = clause.Kinds.Count > 0 ? "  " + string.Join(", ", clause.Kinds.Select(k => k.Label)) : string.Empty;
            console.MarkupLine($"{new string(' ', 2 * clause.Depth)}- {Markup.Escape(caption.Length > 0 ? caption : clause.Form.ToString())}" +
                $"[green]{Markup.Escape(kinds)}[/]  [grey]#{Markup.Escape(clause.Anchor)}[/]");
        }
    }

    private static int FacetOrder(string facet)
    {
        var index = FacetNames.All.ToList().IndexOf(facet);
        return index < 0 ? int.MaxValue : index;
    }
}
