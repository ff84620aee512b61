using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Clauses;

/// <summary>
/// Decides which lines open the top-level segments (clauses, articles, schedules, parts and unnumbered sections) and
/// which lines are the document's title.
/// </summary>
internal sealed partial class StartPlanner
{
    private readonly DocumentLines document;
    private readonly List<SourceLine> lines;

    private StartPlanner(DocumentLines document)
    {
        this.document = document;
        lines = document.Lines;
    }

    /// <summary>The planned starts by line index.</summary>
    public Dictionary<int, PlannedStart> Starts { get; } = [];

    /// <summary>The index of the first schedule line; numbering after it belongs to the schedules.</summary>
    public int FirstSchedule { get; private set; } = int.MaxValue;

    /// <summary>The numbers of the top-level clauses found.</summary>
    public HashSet<int> ClauseNumbers { get; } = [];

    public static StartPlanner Plan(DocumentLines document)
    {
        var planner = new StartPlanner(document);
        planner.Run();
        return planner;
    }

    private void Run()
    {
        var titleEnd = TitleEnd();
        var schedules = Deduplicate(lines.Where(l => l.Index >= titleEnd && IsSchedule(l)));
        FirstSchedule = schedules.Count > 0 ? schedules.Min(l => l.Index) : int.MaxValue;

        var keywordUnits = Deduplicate(lines.Where(l => l.Index >= titleEnd && l.Index < FirstSchedule && IsKeywordUnit(l)));
        var clauseLines = keywordUnits.Count >= 2 ? keywordUnits : MainClauses(titleEnd);
        foreach (var line in clauseLines)
        {
            var marker = line.Marker!;
            Starts[line.Index] = new PlannedStart(ClauseForm.Clause, marker.Label, HeadingOf(line), Ranks.Clause);
            if (marker.Kind == ClauseMarkerKind.Number)
            {
                ClauseNumbers.Add(marker.Parts[0]);
            }
            else if (int.TryParse(marker.Id, out var n))
            {
                ClauseNumbers.Add(n);
            }
        }

        foreach (var line in schedules)
        {
            Starts[line.Index] = new PlannedStart(ClauseForm.Schedule, line.Marker!.Label, HeadingOf(line), Ranks.Container);
        }

        foreach (var line in lines.Where(l => l.Index >= titleEnd && !Starts.ContainsKey(l.Index) && IsPart(l)))
        {
            var rank = line.Index > FirstSchedule ? Ranks.Clause : Ranks.Container;
            Starts[line.Index] = new PlannedStart(ClauseForm.Part, line.Marker!.Label, HeadingOf(line), rank);
        }

        PlanSections(titleEnd, clauseLines);
    }

    /// <summary>
    /// The title: the styled headings that open the document, and styled headings among the next short lines at the
    /// first heading's level or above ("SHAREHOLDERS' AGREEMENT" / "relating to" / "CIVITAS REVENUE SERVICES LIMITED").
    /// </summary>
    private int TitleEnd()
    {
        if (lines.Count == 0 || lines[0].HeadingLevel is not { } firstLevel)
        {
            return 0;
        }

        var end = 0;
        for (var i = 0; i < Math.Min(lines.Count, 6); i++)
        {
            var line = lines[i];
            if (line.Marker is not null || (line.HeadingLevel is null && line.Text.Length > 80))
            {
                break;
            }

            if (line.HeadingLevel is { } level)
            {
                // A subtitle straight after the title is long or in capitals ("AGREEMENT UNDER SECTION 113 …"); a short
                // heading there ("Membership") is the first section. After a line of text, only headings as high as the first.
                if (level > firstLevel && (end < i || !(HeadingText.IsUpper(line.Text) || line.Text.Split(' ').Length >= 6)))
                {
                    break;
                }

                end = i + 1;
            }
        }

        return end;
    }

    private List<SourceLine> MainClauses(int titleEnd)
    {
        var candidates = lines
            .Where(l => l.Index >= titleEnd && Usable(l) && l.Marker is { IsTopNumber: true } m
                && (m.Dotted || m.Rest.Length == 0 || HeadingText.IsHeading(m.Rest) || l.HeadingLevel is not null))
            .ToList();
        var scored = new List<(SourceLine, double)>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var line = candidates[c];
            var next = c + 1 < candidates.Count ? candidates[c + 1].Index : lines.Count;
            var number = line.Marker!.Parts[0];
            var score = 1.0;
            if (line.HeadingLevel is not null)
            {
                score += 1.5;
            }

            if (HeadingText.IsHeading(line.Marker.Rest))
            {
                score += 1;
            }

            var body = 0;
            var hasSubclause = false;
            for (var i = line.Index + 1; i < next; i++)
            {
                body += lines[i].Text.Length;
                hasSubclause |= lines[i].Marker is { Kind: ClauseMarkerKind.Number, Parts.Count: > 1 } m && m.Parts[0] == number;
            }

            score += (hasSubclause ? 1 : 0) + (Math.Min(body + line.Marker.Rest.Length, 1500) / 1500.0);
            if (line.Index > FirstSchedule)
            {
                score *= 0.3;
            }

            scored.Add((line, score));
        }

        var chain = MainSequence.Choose(scored).Where(l => l.Index < FirstSchedule).ToList();

        // With heading styles, a run of numbered sentences none of which is a heading is a numbered list under a heading,
        // unless it carries the document (paragraph-numbered agreements number every paragraph).
        if (document.HasStyledHeadings && chain.Count > 0 && !chain.Any(l => l.HeadingLevel is not null || HeadingText.IsHeading(l.Marker!.Rest))
            && (chain.Count < 5 || chain[^1].Index - chain[0].Index < lines.Count / 3))
        {
            return [];
        }

        return chain;
    }

    private void PlanSections(int titleEnd, List<SourceLine> clauseLines)
    {
        var clauseLevels = clauseLines.Where(l => l.HeadingLevel is not null).Select(l => l.HeadingLevel!.Value).ToList();
        int? clauseLevel = clauseLevels.Count > 0
            ? clauseLevels.GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key
            : null;
        var headings = lines.Where(l => l.Index >= titleEnd && l.HeadingLevel is not null && Usable(l) && !Starts.ContainsKey(l.Index)).ToList();
        var outside = headings.Where(l => l.Index < FirstSchedule).ToList();
        // Without numbered clauses every heading is a section of its own ("Scope", "Legal basis", "Charges").
        var sectionLevel = clauseLevel ?? (clauseLines.Count == 0 ? int.MaxValue : outside.Count > 0 ? outside.Min(l => l.HeadingLevel!.Value) : 0);
        foreach (var line in headings)
        {
            var level = line.HeadingLevel!.Value;
            PlannedStart start;
            if (line.Index > FirstSchedule)
            {
                start = new PlannedStart(ClauseForm.Subclause, null, line.Text, Ranks.Clause);
            }
            else if (level < sectionLevel && sectionLevel != int.MaxValue)
            {
                start = new PlannedStart(ClauseForm.Section, null, line.Text, Ranks.Container);
            }
            else if (level == sectionLevel || sectionLevel == int.MaxValue)
            {
                start = new PlannedStart(ClauseForm.Section, null, line.Text, Ranks.Clause);
            }
            else
            {
                start = new PlannedStart(ClauseForm.Subclause, null, line.Text, Ranks.SubHeading);
            }

            Starts[line.Index] = start;
        }

        // The usual unnumbered sections of an agreement are known by their words, styled or not ("BACKGROUND", "SIGNATURES").
        foreach (var line in lines.Where(l => l.Index >= titleEnd && Usable(l) && !Starts.ContainsKey(l.Index) && SectionWord().IsMatch(l.Text)))
        {
            Starts[line.Index] = new PlannedStart(ClauseForm.Section, null, line.Text.TrimEnd(':'), line.Index > FirstSchedule ? Ranks.SubHeading : Ranks.Clause);
        }
    }

    private bool IsSchedule(SourceLine line) =>
        Usable(line) && line.Marker is { Kind: ClauseMarkerKind.Schedule } m
        && (line.HeadingLevel is not null || HeadingText.IsUpper(m.Keyword!) || m.Rest.Length == 0 || HeadingText.IsHeading(m.Rest));

    private bool IsPart(SourceLine line) =>
        Usable(line) && line.Marker is { Kind: ClauseMarkerKind.Part } m
        && (line.HeadingLevel is not null || m.Rest.Length == 0 || HeadingText.IsHeading(m.Rest));

    private bool IsKeywordUnit(SourceLine line) =>
        Usable(line) && line.Marker is { Kind: ClauseMarkerKind.Keyword } m
        && !m.Keyword!.Equals("paragraph", StringComparison.OrdinalIgnoreCase)
        && (line.HeadingLevel is not null || m.Rest.Length == 0 || HeadingText.IsHeading(m.Rest));

    /// <summary>A heading repeated under the same label (a contents list missed above) counts at its last place.</summary>
    private static List<SourceLine> Deduplicate(IEnumerable<SourceLine> found) =>
        [.. found.GroupBy(l => l.Marker!.Label.ToUpperInvariant(), StringComparer.Ordinal).Select(g => g.Last()).OrderBy(l => l.Index)];

    /// <summary>The heading on the numbered line, or on the next line when the number stands alone ("SCHEDULE 3" / "Charges").</summary>
    private string? HeadingOf(SourceLine line)
    {
        var rest = line.Marker!.Rest;
        if (rest.Length > 0)
        {
            return HeadingText.IsHeading(rest) ? rest.TrimEnd() : null;
        }

        var next = line.Index + 1 < lines.Count ? lines[line.Index + 1] : null;
        return next is not null && Usable(next) && next.Marker is null && HeadingText.IsHeading(next.Text)
            && (line.Marker.Kind != ClauseMarkerKind.Number || HeadingText.IsUpper(next.Text) || next.Text.Length <= 40)
            ? next.Text
            : null;
    }

    public static bool Usable(SourceLine line) => !line.Furniture && !line.Contents;

    [GeneratedRegex(@"^(?:background|recitals|introduction|preamble|whereas|execution|execution\s+page|signatures?|signature\s+page|signatories|signed|in\s+witness\s+whereof\b.*)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionWord();
}
