using TemplateLibrary.Web.Library;

namespace TemplateLibrary.Web.Html;

/// <summary>Splits a text into segments at the positions of query terms, so marking never trusts the text.</summary>
internal static class TextMarker
{
    /// <summary>Segments of the text; words starting with a term (three letters or more) or equal to it are matches.</summary>
    public static IReadOnlyList<TextSegment> Mark(string text, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return [new TextSegment(text, false)];
        }

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (System.Text.RegularExpressions.Match word in QueryTerms.Word().Matches(text))
        {
            if (!Matches(word.Value, terms))
            {
                continue;
            }

            if (word.Index > position)
            {
                segments.Add(new TextSegment(text[position..word.Index], false));
            }

            segments.Add(new TextSegment(word.Value, true));
            position = word.Index + word.Length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], false));
        }

        return segments;
    }

    private static bool Matches(string word, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            var isMatch = term.Length >= 3
                ? word.StartsWith(term, StringComparison.OrdinalIgnoreCase)
                : word.Equals(term, StringComparison.OrdinalIgnoreCase);
            if (isMatch)
            {
                return true;
            }
        }

        return false;
    }
}
