using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Searching;

/// <summary>Turns FTS5 snippet output with private-use markers into highlighted segments.</summary>
internal static class SnippetParser
{
    /// <summary>Splits marked text into plain and matched segments.</summary>
    public static HighlightedText Parse(string marked)
    {
        var segments = new List<HighlightSegment>();
        var inMatch = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            var atEnd = i == marked.Length;
            var c = atEnd ? '\0' : marked[i];
            if (!atEnd && c != SnippetMarkers.Open && c != SnippetMarkers.Close)
            {
                continue;
            }

            if (i > start)
            {
                segments.Add(new HighlightSegment(marked[start..i], inMatch));
            }

            if (!atEnd)
            {
                inMatch = c == SnippetMarkers.Open;
            }

            start = i + 1;
        }

        return new HighlightedText(Merge(segments));
    }

    /// <summary>Plain text as one unmatched segment, shortened at a word boundary.</summary>
    public static HighlightedText Plain(string text, int maxLength)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length > maxLength)
        {
            var cut = clean.LastIndexOf(' ', maxLength);
            clean = clean[..(cut > maxLength / 2 ? cut : maxLength)] + "…";
        }

        return clean.Length == 0 ? HighlightedText.Empty : new HighlightedText([new HighlightSegment(clean, false)]);
    }

    private static List<HighlightSegment> Merge(List<HighlightSegment> segments)
    {
        var merged = new List<HighlightSegment>(segments.Count);
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].IsMatch == segment.IsMatch)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        return merged;
    }
}
