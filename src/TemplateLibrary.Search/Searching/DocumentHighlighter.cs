using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;
using TemplateLibrary.Search.Catalogue;
using TemplateLibrary.Search.Indexing;
using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Searching;

/// <summary>Marks every match of a query in a document's whole text (the document page), with the same highlighter and
/// stored offsets as the snippets.</summary>
internal static class DocumentHighlighter
{
    private static readonly FastVectorHighlighter Highlighter = new(phraseHighlight: true, fieldMatch: false);

    /// <summary>The text up to <paramref name="maxChars"/>, matches marked; unmarked when the index has not caught up with the catalogue.</summary>
    public static HighlightedText Highlight(IndexSearcher searcher, CatalogueStore catalogue, Query highlight, string id, int maxChars)
    {
        var text = SnippetText.Read(catalogue, [(id, maxChars)]).GetValueOrDefault(id);
        if (text is null)
        {
            return HighlightedText.Empty;
        }

        var hit = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs.FirstOrDefault();
        if (hit is null || HitCard.Read(searcher.IndexReader, hit.Doc).Generation != text.Generation)
        {
            return new HighlightedText([new HighlightSegment(text.Text, false)]);
        }

        var query = Highlighter.GetFieldQuery(highlight, searcher.IndexReader);
        var stack = new PostingsTermStack(searcher.IndexReader, PostingsTermStack.TermsOf(highlight)).Read([hit.Doc], IndexFields.Body, int.MaxValue)[hit.Doc];
        var phrases = new FieldPhraseList(stack, query, int.MaxValue);
        var marks = phrases.PhraseList
            .SelectMany(p => p.TermsOffsets)
            .Where(t => t.StartOffset < text.Text.Length && t.EndOffset <= text.Text.Length && t.EndOffset > t.StartOffset)
            .OrderBy(t => t.StartOffset)
            .ToList();
        var segments = new List<HighlightSegment>();
        var position = 0;
        foreach (var mark in marks)
        {
            if (mark.StartOffset < position)
            {
                continue;
            }

            if (mark.StartOffset > position)
            {
                segments.Add(new HighlightSegment(text.Text[position..mark.StartOffset], false));
            }

            segments.Add(new HighlightSegment(text.Text[mark.StartOffset..mark.EndOffset], true));
            position = mark.EndOffset;
        }

        if (position < text.Text.Length)
        {
            segments.Add(new HighlightSegment(text.Text[position..], false));
        }

        return new HighlightedText(segments);
    }
}
