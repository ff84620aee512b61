using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TemplateLibrary.Extraction.Templates.Markdown;

/// <summary>The visible text of one Markdown paragraph, heading or table cell, mapped back to the source.</summary>
internal sealed class MarkdownBlock
{
    private readonly StringBuilder text = new();
    private readonly List<MarkdownPiece> pieces = [];

    public MarkdownBlock(LeafBlock block, bool inTable)
    {
        InTable = inTable;
        if (block.Inline is { } inline)
        {
            Walk(inline);
        }

        Text = text.ToString();
    }

    public string Text { get; }

    public bool InTable { get; }

    /// <summary>The source range of block text [start, end), or null when an end cannot be mapped exactly (an escape, an entity).</summary>
    public (int Start, int End)? SourceRange(int start, int end)
    {
        var first = pieces.FirstOrDefault(p => p.Start <= start && p.End > start);
        var last = pieces.FirstOrDefault(p => p.Start < end && p.End >= end);
        if (first is null || last is null || first.Source < 0 || last.Source < 0)
        {
            return null;
        }

        return (first.Source + (start - first.Start), last.Source + (end - last.Start));
    }

    private void Walk(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var value = literal.Content.ToString();
                    Add(value, literal.Span.Length == value.Length ? literal.Span.Start : -1);
                    break;
                case LineBreakInline:
                    Add("\n", -1);
                    break;
                case CodeInline code:
                    Add(code.Content, -1);
                    break;
                case HtmlEntityInline entity:
                    Add(entity.Transcoded.ToString(), -1);
                    break;
                case AutolinkInline autolink:
                    Add(autolink.Url, -1);
                    break;
                case ContainerInline inner:
                    Walk(inner);
                    break;
                default:
                    break;
            }
        }
    }

    private void Add(string value, int source)
    {
        if (value.Length == 0)
        {
            return;
        }

        pieces.Add(new MarkdownPiece(text.Length, value.Length, source));
        text.Append(value);
    }
}
