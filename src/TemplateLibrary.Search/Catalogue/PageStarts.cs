using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Search.Catalogue;

/// <summary>Where each page of a paged document starts in its text, so a hit can say which page it is on.</summary>
internal static class PageStarts
{
    /// <summary>Per page, the offset of its first character in the text (-1 for a page with no text); null when the
    /// document has no pages or its text is not its pages joined.</summary>
    public static int[]? Find(ExtractedDocument content)
    {
        if (content.Pages.Count == 0)
        {
            return null;
        }

        var starts = new int[content.Pages.Count];
        var position = 0;
        for (var i = 0; i < content.Pages.Count; i++)
        {
            var page = content.Pages[i];
            if (page.Length == 0)
            {
                starts[i] = -1;
                continue;
            }

            var at = content.Text.IndexOf(page, position, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            starts[i] = at;
            position = at + page.Length;
        }

        return starts;
    }

    /// <summary>The 1-based page holding a text offset, or null when the starts are unknown.</summary>
    public static int? PageAt(IReadOnlyList<int>? starts, int offset)
    {
        if (starts is null || starts.Count == 0)
        {
            return null;
        }

        int? page = null;
        for (var i = 0; i < starts.Count; i++)
        {
            if (starts[i] < 0)
            {
                continue;
            }

            if (starts[i] > offset)
            {
                break;
            }

            page = i + 1;
        }

        return page ?? 1;
    }
}
