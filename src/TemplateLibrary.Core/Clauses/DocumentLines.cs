using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Clauses;

/// <summary>The non-empty lines of an extracted document, with styled headings, page furniture and page starts marked.</summary>
internal sealed partial class DocumentLines
{
    private readonly int[] pageStarts;

    private DocumentLines(List<SourceLine> lines, int[] pageStarts)
    {
        Lines = lines;
        this.pageStarts = pageStarts;
    }

    public List<SourceLine> Lines { get; }

    /// <summary>True when the extractor reported styled headings (DOCX, ODT, Markdown, HTML); PDF and plain text have none.</summary>
    public bool HasStyledHeadings { get; private set; }

    public static DocumentLines Read(ExtractedDocument document)
    {
        var text = document.Text;
        var lines = new List<SourceLine>();
        var start = 0;
        var blank = true;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var raw = text[start..end];
            var trimmed = Bullet().Replace(raw.Trim(), string.Empty).Trim();
            if (trimmed.Length == 0)
            {
                blank = true;
            }
            else
            {
                var lead = raw.Length - raw.TrimStart().Length;
                var trail = raw.Length - raw.TrimEnd().Length;
                lines.Add(new SourceLine(lines.Count, start + lead, end - trail, HeadingText.Collapse(trimmed), blank));
                blank = false;
            }

            start = end + 1;
        }

        var result = new DocumentLines(lines, PageStarts(document));
        result.MarkHeadings(document.Headings);
        result.MarkFurniture();
        return result;
    }

    /// <summary>The 1-based page an offset falls on, or null for unpaged documents.</summary>
    public int? PageAt(int offset)
    {
        if (pageStarts.Length == 0)
        {
            return null;
        }

        var i = Array.BinarySearch(pageStarts, offset);
        return (i >= 0 ? i : Math.Max(0, ~i - 1)) + 1;
    }

    private static int[] PageStarts(ExtractedDocument document)
    {
        var starts = new List<int>(document.Pages.Count);
        var from = 0;
        foreach (var page in document.Pages)
        {
            var probe = page.Trim();
            if (probe.Length == 0)
            {
                starts.Add(from);
                continue;
            }

            var at = document.Text.IndexOf(probe[..Math.Min(probe.Length, 200)], from, StringComparison.Ordinal);
            if (at < 0)
            {
                // The text was cut at the extraction limit: later pages are not in it.
                break;
            }

            starts.Add(at);
            from = at + 1;
        }

        return [.. starts];
    }

    /// <summary>Finds each styled heading, in order, as the line the extractor wrote for it.</summary>
    private void MarkHeadings(IReadOnlyList<DocumentHeading> headings)
    {
        HasStyledHeadings = headings.Count > 0;
        var next = 0;
        foreach (var heading in headings)
        {
            var wanted = HeadingText.Collapse(heading.Text);
            for (var i = next; i < Lines.Count; i++)
            {
                if (Lines[i].BlockStart && Lines[i].Text == wanted)
                {
                    Lines[i].HeadingLevel = heading.Level;
                    next = i + 1;
                    break;
                }
            }
        }
    }

    /// <summary>Marks running headers and footers: lines at the top or bottom of many pages that repeat once digits are ignored, and bare page numbers.</summary>
    private void MarkFurniture()
    {
        if (pageStarts.Length < 2)
        {
            return;
        }

        var edges = new List<(SourceLine Line, string Key)>();
        for (var p = 0; p < pageStarts.Length; p++)
        {
            var from = pageStarts[p];
            var to = p + 1 < pageStarts.Length ? pageStarts[p + 1] : int.MaxValue;
            var onPage = Lines.Where(l => l.Start >= from && l.Start < to).ToList();
            foreach (var line in onPage.Take(2).Concat(onPage.TakeLast(2)).Distinct())
            {
                if (PageNumber().IsMatch(line.Text))
                {
                    line.Furniture = true;
                }
                else if (line.Text.Length <= 120)
                {
                    edges.Add((line, Digits().Replace(line.Text.ToLowerInvariant(), "#")));
                }
            }
        }

        var needed = Math.Max(2, (int)Math.Ceiling(pageStarts.Length * 0.4));
        foreach (var group in edges.GroupBy(e => e.Key, StringComparer.Ordinal))
        {
            var pages = group.Select(e => PageAt(e.Line.Start)).Distinct().Count();
            if (pages >= needed)
            {
                foreach (var (line, _) in group)
                {
                    line.Furniture = true;
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:[\u2022\u25aa\u25cf\u2023\u2043\u00b7\uf0b7\uf0a7]|-(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
