using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;
using TemplateLibrary.Search.Model;
using static Lucene.Net.Search.VectorHighlight.FieldFragList;

namespace TemplateLibrary.Search.Searching;

/// <summary>Finds a hit's best passage with Lucene's fast vector highlighter (phrases, passages and their scores) over the
/// offsets stored in the postings, and marks the terms the query matched (the same analysis as the match: phrases as
/// phrases, stems as written).</summary>
internal sealed class SnippetBuilder
{
    /// <summary>The length of a passage in characters, before it is widened to whole words.</summary>
    public const int PassageChars = 200;

    private const int PhraseLimit = 256;

    // A passage is found among a word's first occurrences: a word used hundreds of times needs no more.
    private const int OccurrencesPerTerm = 16;
    private const int WidenChars = 40;
    private static readonly FastVectorHighlighter Highlighter = new(phraseHighlight: true, fieldMatch: false);
    private static readonly IFragListBuilder Fragments = new SimpleFragListBuilder();
    private readonly FieldQuery? query;
    private readonly PostingsTermStack terms;

    /// <summary>Prepares the query's terms and phrases for the reader.</summary>
    public SnippetBuilder(IndexReader reader, Query highlight)
    {
        terms = new PostingsTermStack(reader, PostingsTermStack.TermsOf(highlight));
        query = terms.IsEmpty ? null : Highlighter.GetFieldQuery(highlight, reader);
    }

    /// <summary>The best-scoring passage of a field in each document (null where the query matched nothing in it).</summary>
    public Dictionary<int, WeightedFragInfo?> BestPassages(IReadOnlyList<int> docs, string field)
    {
        if (query is null)
        {
            return docs.Distinct().ToDictionary(d => d, _ => (WeightedFragInfo?)null);
        }

        return terms.Read(docs, field, OccurrencesPerTerm).ToDictionary(s => s.Key, s => Best(s.Value));
    }

    private WeightedFragInfo? Best(FieldTermStack stack)
    {
        if (stack.IsEmpty)
        {
            return null;
        }

        var passages = Fragments.CreateFieldFragList(new FieldPhraseList(stack, query, PhraseLimit), PassageChars).FragInfos;
        WeightedFragInfo? best = null;
        foreach (var passage in passages)
        {
            if (best is null || passage.TotalBoost > best.TotalBoost)
            {
                best = passage;
            }
        }

        return best;
    }

    /// <summary>The passage of the text, widened to whole words, on one line, with its matches marked.</summary>
    public static HighlightedText Render(string text, WeightedFragInfo passage)
    {
        var start = Math.Clamp(passage.StartOffset, 0, text.Length);
        var end = Math.Clamp(passage.EndOffset, start, text.Length);
        var widenedStart = start;
        while (widenedStart > 0 && start - widenedStart < WidenChars && !char.IsWhiteSpace(text[widenedStart - 1]))
        {
            widenedStart--;
        }

        var widenedEnd = end;
        while (widenedEnd < text.Length && widenedEnd - end < WidenChars && !char.IsWhiteSpace(text[widenedEnd]))
        {
            widenedEnd++;
        }

        var marks = passage.SubInfos
            .SelectMany(s => s.TermsOffsets)
            .Select(t => (Start: Math.Max(t.StartOffset, widenedStart), End: Math.Min(t.EndOffset, widenedEnd)))
            .Where(t => t.End > t.Start)
            .OrderBy(t => t.Start)
            .ToList();
        var segments = new List<HighlightSegment>();
        var plain = new StringBuilder(widenedStart > 0 ? "…" : string.Empty);
        var position = widenedStart;
        foreach (var (markStart, markEnd) in marks)
        {
            if (markStart < position)
            {
                continue; // Overlaps the mark before it.
            }

            AppendCollapsed(plain, text, position, markStart);
            if (plain.Length > 0)
            {
                segments.Add(new HighlightSegment(plain.ToString(), false));
                plain.Clear();
            }

            var marked = new StringBuilder();
            AppendCollapsed(marked, text, markStart, markEnd);
            segments.Add(new HighlightSegment(marked.ToString(), true));
            position = markEnd;
        }

        AppendCollapsed(plain, text, position, widenedEnd);
        if (widenedEnd < text.Length)
        {
            plain.Append('…');
        }

        if (plain.Length > 0)
        {
            segments.Add(new HighlightSegment(plain.ToString(), false));
        }

        return new HighlightedText(segments);
    }

    // Text crosses paragraphs and table cells: runs of white space read best as one space.
    private static void AppendCollapsed(StringBuilder builder, string text, int from, int to)
    {
        var space = builder.Length > 0 && builder[^1] == ' ';
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }

                continue;
            }

            builder.Append(c);
            space = false;
        }
    }
}
