using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TemplateLibrary.Extraction.Common;

namespace TemplateLibrary.Extraction.Markdown;

/// <summary>Renders a Markdig syntax tree as plain text blocks: no Markdown syntax, no HTML tags.</summary>
internal sealed partial class MarkdownTextRenderer
{
    private const int MaxInlineDepth = 256;
    private readonly TextAccumulator output;
    private readonly int maxDepth;

    public MarkdownTextRenderer(TextAccumulator output, int maxDepth)
    {
        this.output = output;
        this.maxDepth = maxDepth;
    }

    public void RenderBlocks(ContainerBlock container) => RenderBlocks(container, 0);

    private void RenderBlocks(ContainerBlock container, int depth)
    {
        if (depth > maxDepth)
        {
            output.AddWarning(string.Create(CultureInfo.InvariantCulture, $"content nested deeper than {maxDepth} levels was skipped"));
            return;
        }

        foreach (var block in container)
        {
            if (output.Truncated)
            {
                return;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    output.AddHeading(heading.Level, InlineText(heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    output.AddBlock(InlineText(paragraph.Inline));
                    break;
                case CodeBlock code:
                    output.AddBlock(code.Lines.ToString());
                    break;
                case HtmlBlock html:
                    output.AddBlock(StripHtml(html.Lines.ToString()));
                    break;
                case ListBlock list:
                    var lines = new StringBuilder();
                    AppendList(list, 0, lines);
                    output.AddBlock(lines.ToString());
                    break;
                case Table table:
                    output.AddBlock(TableText(table));
                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case ContainerBlock nested:
                    RenderBlocks(nested, depth + 1);
                    break;
                case LeafBlock leaf:
                    output.AddBlock(leaf.Inline is null ? leaf.Lines.ToString() : InlineText(leaf.Inline));
                    break;
                default:
                    break;
            }
        }
    }

    private void AppendList(ListBlock list, int depth, StringBuilder lines)
    {
        if (depth > maxDepth)
        {
            output.AddWarning(string.Create(CultureInfo.InvariantCulture, $"content nested deeper than {maxDepth} levels was skipped"));
            return;
        }

        var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            number++;
            var first = true;
            foreach (var child in item)
            {
                if (child is ListBlock nested)
                {
                    AppendList(nested, depth + 1, lines);
                    continue;
                }

                var text = child switch
                {
                    LeafBlock { Inline: not null } leaf => InlineText(leaf.Inline),
                    LeafBlock leaf => leaf.Lines.ToString(),
                    Table table => TableText(table),
                    _ => string.Empty,
                };
                text = text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                lines.Append(' ', depth * 2).Append(first ? marker : new string(' ', marker.Length)).Append(text).Append('\n');
                first = false;
            }
        }
    }

    private static string TableText(Table table)
    {
        var rows = new StringBuilder();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => TextCleaner.CollapseWhitespace(string.Join(" ", cell.OfType<LeafBlock>().Select(leaf => InlineText(leaf.Inline)))));
            rows.Append(string.Join(" | ", cells).TrimEnd(' ', '|')).Append('\n');
        }

        return rows.ToString();
    }

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        if (inline is not null)
        {
            AppendInline(inline, builder, 0);
        }

        return builder.ToString();
    }

    private static void AppendInline(ContainerInline container, StringBuilder builder, int depth)
    {
        if (depth > MaxInlineDepth)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case ContainerInline nested:
                    AppendInline(nested, builder, depth + 1);
                    break;
                default:
                    // Raw HTML tags and footnote markers carry no readable text.
                    break;
            }
        }
    }

    private static string StripHtml(string html)
    {
        if (html.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var withoutCode = ScriptOrStyle().Replace(html, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(withoutCode, " ")), " ");
    }

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
