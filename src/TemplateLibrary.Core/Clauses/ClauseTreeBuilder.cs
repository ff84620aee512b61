using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Walks the lines once, opening the planned segments and, inside them, the subclauses ("12.1"), schedule paragraphs
/// and items ("(a)", "(iv)") the numbering shows; a segment closes when one of the same or a higher rank opens.
/// </summary>
internal sealed partial class ClauseTreeBuilder
{
    private static readonly PlannedStart FrontStart = new(ClauseForm.Front, null, null, Ranks.Front);
    private static readonly HashSet<string> RomanIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    };

    private readonly List<SourceLine> lines;
    private readonly StartPlanner plan;
    private readonly List<ClauseNode> open = [];

    private ClauseTreeBuilder(List<SourceLine> lines, StartPlanner plan)
    {
        this.lines = lines;
        this.plan = plan;
    }

    public List<ClauseNode> Nodes { get; } = [];

    public static List<ClauseNode> Build(List<SourceLine> lines, StartPlanner plan)
    {
        var builder = new ClauseTreeBuilder(lines, plan);
        builder.Walk();
        return builder.Nodes;
    }

    private void Walk()
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (plan.Starts.TryGetValue(i, out var start))
            {
                Open(i, start);
                continue;
            }

            if (open.Count == 0)
            {
                Open(i, FrontStart);
            }

            if (StartPlanner.Usable(line) && line.Marker is { } marker)
            {
                TryChild(i, marker);
            }
        }

        foreach (var node in open)
        {
            node.LastLine = lines.Count - 1;
        }
    }

    private ClauseNode Open(int i, PlannedStart start)
    {
        while (open.Count > 0 && open[^1].Rank >= start.Rank)
        {
            open[^1].LastLine = i - 1;
            open.RemoveAt(open.Count - 1);
        }

        var parent = open.Count > 0 ? open[^1] : null;
        var node = new ClauseNode(i, start, parent);
        if (parent is not null)
        {
            parent.Children++;
        }

        open.Add(node);
        Nodes.Add(node);
        return node;
    }

    private void TryChild(int i, ClauseMarker marker)
    {
        var top = open[^1];
        var inSchedule = open.Any(n => n.Form == ClauseForm.Schedule);
        switch (marker.Kind)
        {
            case ClauseMarkerKind.Number when inSchedule:
                Open(i, new PlannedStart(ClauseForm.Subclause, marker.Label, RunInHeading(marker.Rest), Ranks.Subclause + (Ranks.Step * (marker.Parts.Count - 1))));
                break;
            case ClauseMarkerKind.Keyword when inSchedule && marker.Keyword!.Equals("paragraph", StringComparison.OrdinalIgnoreCase):
                Open(i, new PlannedStart(ClauseForm.Subclause, marker.Label, HeadingText.IsHeading(marker.Rest) ? marker.Rest : null, Ranks.Subclause));
                break;
            case ClauseMarkerKind.Number when marker.Parts.Count > 1:
                Subclause(i, marker);
                break;
            case ClauseMarkerKind.Number when top.Form != ClauseForm.Front:
                Open(i, new PlannedStart(ClauseForm.Item, marker.Label, null, Ranks.Item));
                break;
            case ClauseMarkerKind.Letter when top.Form != ClauseForm.Front:
                Open(i, new PlannedStart(ClauseForm.Item, marker.Label, null, ItemRank(marker.Id)));
                break;
            default:
                break;
        }
    }

    /// <summary>"12.1" under clause 12; "5.1" with no clause 5 yet opens clause 5 (its heading is the line before, if that is a heading).</summary>
    private void Subclause(int i, ClauseMarker marker)
    {
        var number = marker.Parts[0];
        var clause = open.LastOrDefault(n => n.Rank == Ranks.Clause && n.Form is ClauseForm.Clause or ClauseForm.Section);
        if (clause is null || TopNumber(clause.Number) != number)
        {
            if (marker.Parts.Count != 2 || marker.Parts[1] != 1 || plan.ClauseNumbers.Contains(number))
            {
                return;
            }

            plan.ClauseNumbers.Add(number);
            var label = number.ToString(CultureInfo.InvariantCulture);
            if (clause is { Form: ClauseForm.Section, Number: null, Children: 0 } && clause.FirstLine >= i - 2)
            {
                clause.Form = ClauseForm.Clause;
                clause.Number = label;
            }
            else
            {
                var previous = i > 0 ? lines[i - 1] : null;
                var headed = previous is not null && StartPlanner.Usable(previous) && previous.Marker is null
                    && HeadingText.IsHeading(previous.Text) && open[^1].FirstLine < i - 1;
                clause = Open(headed ? i - 1 : i, new PlannedStart(ClauseForm.Clause, label, headed ? previous!.Text : null, Ranks.Clause));
            }
        }

        Open(i, new PlannedStart(ClauseForm.Subclause, marker.Label, RunInHeading(marker.Rest), Ranks.Subclause + (Ranks.Step * (marker.Parts.Count - 2))));
    }

    /// <summary>Lettered items are one level; a roman id under an open lettered item ("(i)" after "(a)") is one deeper.</summary>
    private int ItemRank(string id)
    {
        var item = open.LastOrDefault(n => n.Rank == Ranks.Item && n.Form == ClauseForm.Item);
        if (item?.Number is not { } number || !RomanIds.Contains(id))
        {
            return Ranks.Item;
        }

        var previous = number.Trim('(', ')');
        var follows = previous.Length == 1 && id.Length == 1 && char.ToLowerInvariant(id[0]) == char.ToLowerInvariant(previous[0]) + 1;
        return follows || RomanIds.Contains(previous) ? Ranks.Item : Ranks.SubItem;
    }

    private static int? TopNumber(string? label)
    {
        if (label is null)
        {
            return null;
        }

        var digits = LeadingNumber().Match(label);
        return digits.Success ? int.Parse(digits.Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A short run-in heading ending in a full stop: "Severance. If any provision…" gives "Severance".</summary>
    private static string? RunInHeading(string rest)
    {
        var m = RunIn().Match(rest);
        if (!m.Success)
        {
            return null;
        }

        var heading = m.Groups["h"].Value;
        var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 7 && !words.Any(w => Verbs.Contains(w)) ? heading : null;
    }

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "shall", "will", "is", "are", "may", "must", "has", "have", "does", "means", "includes", "was", "were", "be", "can", "should",
    };

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<h>[A-Z][\w'\u2019 ,\-&()]{2,60}?)\.\s+(?=[A-Z""\u201c(])", RegexOptions.CultureInvariant)]
    private static partial Regex RunIn();
}
