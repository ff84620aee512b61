using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace TemplateLibrary.Search.Analysis;

/// <summary>Rewrites each citation in the text as its joined unit ("section 101(5)" as "s101_5"), so it is tokenised as one
/// unit, and maps offsets back to the original text so highlights cover the whole citation.</summary>
internal sealed class CitationCharFilter : BaseCharFilter
{
    private readonly CitationPattern pattern;
    private string? output;
    private int position;

    /// <summary>Wraps a reader.</summary>
    public CitationCharFilter(TextReader input, CitationPattern pattern)
        : base(input)
    {
        this.pattern = pattern;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        output ??= Rewrite(m_input.ReadToEnd() ?? string.Empty);
        var read = Math.Min(count, output.Length - position);
        if (read <= 0)
        {
            return 0;
        }

        output.CopyTo(position, buffer, index, read);
        position += read;
        return read;
    }

    /// <inheritdoc />
    public override int Read()
    {
        output ??= Rewrite(m_input.ReadToEnd() ?? string.Empty);
        return position < output.Length ? output[position++] : -1;
    }

    private string Rewrite(string text)
    {
        StringBuilder? rewritten = null;
        var copied = 0;
        var shrink = 0;
        foreach (var (index, length, unit) in pattern.Find(text))
        {
            if (unit.Length > length || (unit.Length == length && text.AsSpan(index, length).Equals(unit, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // Already one token ("s113"): nothing to rewrite.
            }

            rewritten ??= new StringBuilder(text.Length);
            rewritten.Append(text, copied, index - copied).Append(unit);
            shrink += length - unit.Length;
            // From the end of the unit on, output offsets lie this much before the original ones.
            AddOffCorrectMap(rewritten.Length, shrink);
            copied = index + length;
        }

        return rewritten is null ? text : rewritten.Append(text, copied, text.Length - copied).ToString();
    }
}
