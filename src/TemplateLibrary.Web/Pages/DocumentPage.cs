using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TemplateLibrary.Core.Tagging;
using TemplateLibrary.Search.Model;
using TemplateLibrary.Web.Html;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Web.Search;

namespace TemplateLibrary.Web.Pages;

/// <summary>The document page: metadata, tags and why, outline, marked text, download, similar documents.</summary>
internal static class DocumentPage
{
    /// <summary>The most text shown on the page; the rest is in the download.</summary>
    public const int MaxTextChars = 200_000;

    /// <summary>The page address of a document, carrying the query whose terms it marks.</summary>
    public static string Url(string id, string? query)
    {
        var path = "/documents/" + Uri.EscapeDataString(id);
        return string.IsNullOrEmpty(query) ? path : QueryHelpers.AddQueryString(path, "q", query);
    }

    /// <summary>The download address of a document's original file.</summary>
    public static string FileUrl(string id) => "/api/documents/" + Uri.EscapeDataString(id) + "/file";

    /// <summary>Renders the page: the document, its text with the query's matches marked, its tags and similar documents, and
    /// (for a librarian only) <paramref name="librarianTools"/>.</summary>
    public static string Render(DocumentDetails details, HighlightedText text, string? query, Action<HtmlWriter>? librarianTools = null)
    {
        var document = details.Document;
        var html = new HtmlWriter();
        Layout.Begin(html, document.Title, "document");
        var back = SearchParameters.ToUrl(new SearchRequest { Query = query ?? "" });
        html.Raw("<p class=\"back\">").Link(back, string.IsNullOrEmpty(query) ? "‹ Search the library" : "‹ Back to the search").Raw("</p>")
            .Raw("<article class=\"document\"><header class=\"document-header\"><h1>").Text(document.Title).Raw("</h1>");
        if (!string.IsNullOrWhiteSpace(document.Summary))
        {
            html.Raw("<p class=\"summary\">").Text(document.Summary).Raw("</p>");
        }

        html.Raw("<p><a class=\"button primary download\" download href=\"").Text(FileUrl(document.Id)).Raw("\">Download the original")
            .Raw(" <span class=\"file-info\">(").Text(document.Format.ToUpperInvariant()).Raw(", ").Text(FormatSize(document.SizeBytes)).Raw(")</span></a>");
        if (document.EffectiveTags.Any(t => t.Facet == FacetNames.Type && t.Value == "template"))
        {
            html.Raw(" <a class=\"button\" href=\"").Text(Fill.FillPage.Url(document.Id)).Raw("\">Fill in this template</a>");
        }

        html.Raw("</p></header>")
            .Raw("<div class=\"document-layout\"><div class=\"document-main\">");
        var truncated = document.Text.Length > MaxTextChars;
        var (blocks, starts) = Blocks(text);
        var anchors = AnchorHeadings(document.Headings, blocks);
        WriteMetadata(html, details);
        AgreementSection.Write(html, document.Agreement.Facts);
        WritePowers(html, details);
        VersionsSection.Write(html, details.Versions, query);
        WriteText(html, blocks, truncated, anchors, ClauseAnchors(document.Agreement.Clauses, starts));
        html.Raw("</div><aside class=\"document-side\">");
        if (document.Agreement.Clauses.Count > 0)
        {
            AgreementSection.WriteOutline(html, document.Agreement.Clauses, details.Document.Id);
        }

        WriteOutline(html, document, anchors);

        WriteSimilar(html, details.Similar, query);
        html.Raw("</aside></div>");
        TagTable.Write(html, details);
        librarianTools?.Invoke(html);
        html.Raw("</article>");
        return Layout.End(html).ToString();
    }

    private static void WriteMetadata(HtmlWriter html, DocumentDetails details)
    {
        var document = details.Document;
        html.Raw("<section aria-labelledby=\"about-heading\"><h2 id=\"about-heading\">About this document</h2><dl class=\"metadata\">");
        foreach (var facet in new[] { FacetNames.Type, FacetNames.Category, FacetNames.Model, FacetNames.Council, FacetNames.Partner, FacetNames.Year })
        {
            var values = document.EffectiveTags.Where(t => t.Facet == facet).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            html.Raw("<dt>").Text(FacetTitles.Of(facet)).Raw("</dt><dd><ul class=\"inline\">");
            foreach (var value in values)
            {
                html.Raw("<li>").Link(SearchParameters.ToUrl(new SearchRequest().Toggle(facet, value)), details.Label(facet, value)).Raw("</li>");
            }

            html.Raw("</ul></dd>");
        }

        Row(html, "Format", document.Format.ToUpperInvariant());
        Row(html, "File", document.Paths.Count > 0 ? Path.GetFileName(document.Paths[0]) : null);
        Row(html, "Author", document.Metadata.Author);
        Row(html, "Pages", document.PageCount?.ToString(CultureInfo.InvariantCulture));
        Row(html, "Words", document.WordCount.ToString("N0", CultureInfo.InvariantCulture));
        html.Raw("</dl></section>");

        void Row(HtmlWriter h, string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                h.Raw("<dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd>");
            }
        }
    }

    private static void WritePowers(HtmlWriter html, DocumentDetails details)
    {
        var powers = details.Document.EffectiveTags.Where(t => t.Facet == FacetNames.Power).Select(t => t.Value).Distinct(StringComparer.Ordinal).ToList();
        html.Raw("<section aria-labelledby=\"powers-heading\"><h2 id=\"powers-heading\">Statutory powers cited</h2>");
        if (powers.Count == 0)
        {
            html.Raw("<p class=\"muted\">None found in the text.</p></section>");
            return;
        }

        html.Raw("<ul class=\"powers\">");
        foreach (var power in powers)
        {
            html.Raw("<li>").Link(SearchParameters.ToUrl(new SearchRequest().Toggle(FacetNames.Power, power)), details.Label(FacetNames.Power, power)).Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void WriteOutline(HtmlWriter html, StoredDocument document, IReadOnlyDictionary<int, int> anchors)
    {
        if (document.Headings.Count == 0)
        {
            return;
        }

        var top = document.Headings.Min(h => h.Level);
        html.Raw("<nav class=\"outline\" aria-labelledby=\"outline-heading\"><h2 id=\"outline-heading\">Outline</h2><ul>");
        for (var i = 0; i < Math.Min(document.Headings.Count, 200); i++)
        {
            var heading = document.Headings[i];
            var depth = Math.Clamp(heading.Level - top, 0, 4);
            html.Raw("<li class=\"depth-").Number(depth).Raw("\">");
            if (anchors.ContainsKey(i))
            {
                html.Link("#h" + i.ToString(CultureInfo.InvariantCulture), heading.Text);
            }
            else
            {
                html.Text(heading.Text);
            }

            html.Raw("</li>");
        }

        html.Raw("</ul></nav>");
    }

    private static void WriteSimilar(HtmlWriter html, IReadOnlyList<SimilarDocument> similar, string? query)
    {
        html.Raw("<section class=\"similar\" aria-labelledby=\"similar-heading\"><h2 id=\"similar-heading\">Similar documents</h2>");
        if (similar.Count == 0)
        {
            html.Raw("<p class=\"muted\">None found.</p></section>");
            return;
        }

        html.Raw("<ul>");
        foreach (var doc in similar)
        {
            html.Raw("<li>").Link(Url(doc.Id, query), doc.Title).Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void WriteText(HtmlWriter html, IReadOnlyList<List<HighlightSegment>> blocks, bool truncated, IReadOnlyDictionary<int, int> anchors, ILookup<int, string> clauseAnchors)
    {
        var headingAt = anchors.ToDictionary(a => a.Value, a => a.Key);
        html.Raw("<section aria-labelledby=\"text-heading\"><h2 id=\"text-heading\">Text</h2><div class=\"document-text\">");
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var anchor in clauseAnchors[b])
            {
                html.Raw("<span class=\"clause-anchor\" id=\"").Text(anchor).Raw("\"></span>");
            }

            if (headingAt.TryGetValue(b, out var heading))
            {
                html.Raw("<p class=\"text-heading\" id=\"h").Number(heading).Raw("\">");
            }
            else
            {
                html.Raw("<p>");
            }

            html.Segments(blocks[b]).Raw("</p>");
        }

        if (truncated)
        {
            html.Raw("<p class=\"muted\">The text continues in the original file.</p>");
        }

        html.Raw("</div></section>");
    }

    // The text's paragraphs (blank-line separated), each as its marked segments, and where each starts in the text.
    private static (List<List<HighlightSegment>> Blocks, List<int> Starts) Blocks(HighlightedText text)
    {
        var blocks = new List<List<HighlightSegment>> { new() };
        var starts = new List<int> { 0 };
        var offset = 0;
        foreach (var segment in text.Segments)
        {
            var parts = segment.Text.Split("\n\n");
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    offset += 2;
                    blocks.Add([]);
                    starts.Add(offset);
                }

                if (parts[i].Length > 0)
                {
                    blocks[^1].Add(new HighlightSegment(parts[i], segment.IsMatch));
                }

                offset += parts[i].Length;
            }
        }

        var kept = blocks.Select((b, i) => (Block: Trim(b), Start: starts[i])).Where(b => b.Block.Count > 0).ToList();
        return ([.. kept.Select(k => k.Block)], [.. kept.Select(k => k.Start)]);
    }

    // Each clause's anchor goes before the paragraph its start falls in (clauses past the text shown have none).
    private static ILookup<int, string> ClauseAnchors(IReadOnlyList<Core.Clauses.Clause> clauses, List<int> starts)
    {
        var pairs = new List<(int Block, string Anchor)>();
        foreach (var clause in clauses)
        {
            var block = starts.BinarySearch(clause.Start);
            block = block >= 0 ? block : ~block - 1;
            if (block >= 0 && (block < starts.Count - 1 || clause.Start < MaxTextChars))
            {
                pairs.Add((block, clause.Anchor));
            }
        }

        return pairs.ToLookup(p => p.Block, p => p.Anchor);
    }

    private static List<HighlightSegment> Trim(List<HighlightSegment> block)
    {
        if (block.Count == 0)
        {
            return block;
        }

        block[0] = block[0] with { Text = block[0].Text.TrimStart() };
        block[^1] = block[^1] with { Text = block[^1].Text.TrimEnd() };
        return [.. block.Where(s => s.Text.Length > 0)];
    }

    // Pairs each heading with the first later text block that reads the same, so the outline can link into the text.
    private static Dictionary<int, int> AnchorHeadings(IReadOnlyList<DocumentHeading> headings, IReadOnlyList<List<HighlightSegment>> blocks)
    {
        var anchors = new Dictionary<int, int>();
        var next = 0;
        for (var h = 0; h < headings.Count && next < blocks.Count; h++)
        {
            var text = headings[h].Text.Trim();
            for (var b = next; b < blocks.Count; b++)
            {
                if (string.Equals(string.Concat(blocks[b].Select(s => s.Text)), text, StringComparison.Ordinal))
                {
                    anchors[h] = b;
                    next = b + 1;
                    break;
                }
            }
        }

        return anchors;
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };
}
