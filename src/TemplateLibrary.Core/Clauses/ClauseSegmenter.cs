using System.Text;
using System.Text.RegularExpressions;
using TemplateLibrary.Core.Documents;

namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Splits an agreement, MOU, terms of reference or template into its clauses from the structure the extractor gives:
/// numbered clauses and subclauses ("12.", "12.1", "(a)", "Clause 12", "Article 4"), schedules and parts, styled headings,
/// and the same numbering in PDF text. Contents lists, cross-references and page headers and footers are not clauses.
/// </summary>
public static partial class ClauseSegmenter
{
    /// <summary>The document's segments in document order; empty for a document without text.</summary>
    public static IReadOnlyList<Clause> Segment(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = DocumentLines.Read(document);
        var lines = doc.Lines;
        if (lines.Count == 0)
        {
            return [];
        }

        ContentsDetector.Mark(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (StartPlanner.Usable(lines[i]) && !ContinuesSentence(lines, i))
            {
                lines[i].Marker = ClauseMarkerParser.Parse(lines[i].Text);
            }
        }

        var plan = StartPlanner.Plan(doc);
        var nodes = ClauseTreeBuilder.Build(lines, plan);
        return ToClauses(doc, nodes);
    }

    /// <summary>
    /// A line inside a paragraph (no blank line before it) continues the sentence above unless that one ended: in PDF
    /// text "in accordance with clause" and "12.3 and …" are one sentence, not a subclause.
    /// </summary>
    private static bool ContinuesSentence(List<SourceLine> lines, int i)
    {
        if (lines[i].BlockStart || i == 0)
        {
            return false;
        }

        var previous = lines[i - 1];
        if (previous.Furniture)
        {
            return false;
        }

        return ReferenceEnd().IsMatch(previous.Text)
            || (!SentenceEnd().IsMatch(previous.Text) && !HeadingText.IsHeading(previous.Text) && ClauseMarkerParser.Parse(previous.Text) is null);
    }

    private static List<Clause> ToClauses(DocumentLines doc, List<ClauseNode> nodes)
    {
        var lines = doc.Lines;
        var kept = nodes.Where(n => !(n.Form is ClauseForm.Section or ClauseForm.Subclause && n.Number is null && n.Children == 0 && n.LastLine <= n.FirstLine)).ToList();
        var units = Units(kept);
        var index = new Dictionary<ClauseNode, int>();
        var anchors = new AnchorNamer();
        var clauses = new List<Clause>(kept.Count);
        foreach (var node in kept)
        {
            var last = node.LastLine;
            while (last > node.FirstLine && lines[last].Furniture)
            {
                last--;
            }

            var first = lines[node.FirstLine];
            var parent = node.Parent is not null && index.TryGetValue(node.Parent, out var p) ? p : (int?)null;
            var clause = new Clause
            {
                Index = clauses.Count,
                Form = node.Form,
                Number = node.Number,
                Heading = node.Heading,
                Text = TextOf(lines, node.FirstLine, last),
                Start = first.Start,
                Length = lines[last].End - first.Start,
                Page = doc.PageAt(first.Start),
                Parent = parent,
                Depth = node.Depth,
                IsUnit = units.Contains(node),
                Anchor = anchors.Name(node, parent is null ? null : clauses[parent.Value].Anchor),
            };
            index[node] = clause.Index;
            clauses.Add(clause);
        }

        return clauses;
    }

    /// <summary>
    /// The outermost clauses, sections and schedules; a top-level part whose clauses are unheaded numbered paragraphs
    /// ("Part B – The Joint Committee" over "5. The Joint Committee is established…") is one unit, its paragraphs
    /// subclauses, and so is a part with no clauses, sections or schedules under it at all ("Part 7: Next steps" over a table).
    /// </summary>
    private static HashSet<ClauseNode> Units(List<ClauseNode> nodes)
    {
        var units = new HashSet<ClauseNode>();
        foreach (var part in nodes.Where(n => n.Form == ClauseForm.Part && n.Parent is null))
        {
            var below = nodes.Where(n => n.Parent == part && n.Form is ClauseForm.Clause or ClauseForm.Section or ClauseForm.Schedule).ToList();
            if (below.All(c => c.Form == ClauseForm.Clause && c.Heading is null))
            {
                units.Add(part);
                below.ForEach(c => c.Form = ClauseForm.Subclause);
            }
        }

        foreach (var node in nodes.Where(n => n.Form is ClauseForm.Clause or ClauseForm.Section or ClauseForm.Schedule))
        {
            var ancestor = node.Parent;
            while (ancestor is not null && !units.Contains(ancestor))
            {
                ancestor = ancestor.Parent;
            }

            if (ancestor is null)
            {
                units.Add(node);
            }
        }

        return units;
    }

    private static string TextOf(List<SourceLine> lines, int first, int last)
    {
        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (lines[i].Furniture)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(lines[i].BlockStart ? "\n\n" : "\n");
            }

            builder.Append(lines[i].Text);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\b(?:clauses?|paragraphs?|schedules?|sections?|articles?|parts?|and|or|to|of|under|in|see|with)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceEnd();

    [GeneratedRegex(@"[.;:!?)\]""\u201d\u2019']$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
