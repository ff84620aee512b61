using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TemplateLibrary.Extraction.Templates.Markdown;

/// <summary>The visible text of one Markdown paragraph, heading or table cell, mapped back to the source.</summary>
internal sealed class MarkdownBlock
{
    private readonly StringBuilder text = new();
    private readonly List<MarkdownPiece> pieces = [];
    private readonly List<(int Start, int Length)> opaque = [];

    private readonly string source;

    public MarkdownBlock(LeafBlock block, bool inTable, string source)
    {
        this.source = source;
        InTable = inTable;
        if (block.Inline is { } inline)
        {
            Walk(inline);
        }

        Text = text.ToString();
    }

    public string Text { get; }

    public bool InTable { get; }

    /// <summary>Code spans, autolinks and entities: shown, never scanned for placeholders.</summary>
    public IReadOnlyList<(int Start, int Length)> Opaque => opaque;

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
                    Add(value, SourceOf(value, literal.Span.Start, literal.Span.Length));
                    break;
                case LineBreakInline:
                    Add("\n", -1);
                    break;
                case CodeInline code:
                    opaque.Add((text.Length, code.Content.Length));
                    Add(code.Content, -1);
                    break;
                case HtmlEntityInline entity:
                    Add(entity.Transcoded.ToString(), -1);
                    break;
                case AutolinkInline autolink:
                    opaque.Add((text.Length, autolink.Url.Length));
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

    // A literal's span can include the spaces a table cell trims: find its text inside the span, else it cannot be mapped.
    private int SourceOf(string value, int start, int length)
    {
        if (start < 0 || length < value.Length || start + length > source.Length)
        {
            return -1;
        }

        return length == value.Length
            ? start
            : source.IndexOf(value, start, length, StringComparison.Ordinal);
    }

    private void Add(string value, int sourceStart)
    {
        if (value.Length == 0)
        {
            return;
        }

        pieces.Add(new MarkdownPiece(text.Length, value.Length, sourceStart));
        text.Append(value);
    }
}
