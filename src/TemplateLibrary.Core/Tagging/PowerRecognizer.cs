using System.Text.RegularExpressions;
using TemplateLibrary.Core.Taxonomy;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// Finds statutory citations in their many forms ("section 101(5) of the Local Government Act 1972", "s.113 LGA 1972",
/// "sections 101 and 102", "Regulation 12 of the PCR 2015", "Teckal", "TUPE") and normalises them to power ids.
/// </summary>
internal sealed partial class PowerRecognizer
{
    private readonly Taxonomy.Taxonomy taxonomy;

    public PowerRecognizer(Taxonomy.Taxonomy taxonomy) => this.taxonomy = taxonomy;

    public List<PowerCitation> Find(IReadOnlyList<TextZone> zones)
    {
        var citations = new List<PowerCitation>();
        foreach (var zone in zones)
        {
            var consumed = new List<(int Start, int End)>();
            citations.AddRange(FindProvisionCitations(zone, consumed));
            citations.AddRange(FindNamedPowers(zone, consumed));
        }

        return citations;
    }

    private IEnumerable<PowerCitation> FindProvisionCitations(TextZone zone, List<(int Start, int End)> consumed)
    {
        var text = zone.Text;
        var actSpans = taxonomy.Acts
            .SelectMany(act => act.Names.Matches(text).Select(m => (Act: act.Id, m.Index, End: m.Index + m.Length)))
            .ToList();
        foreach (Match match in Citation().Matches(text))
        {
            var kind = KindOf(match.Groups["kw"].Value);
            var end = match.Index + match.Length;
            var (act, spanStart, spanEnd) = ResolveAct(text, actSpans, match.Index, end);
            consumed.Add((spanStart, spanEnd));
            var written = CueScorer.Collapse(text[spanStart..spanEnd]);
            foreach (Match item in ListItem().Matches(match.Groups["list"].Value))
            {
                var provision = kind + item.Groups["num"].Value.ToUpperInvariant();
                var power = FindPower(act, provision);
                if (power is not null)
                {
                    var subsection = Regex.Replace(item.Groups["sub"].Value, @"\s+", string.Empty).ToLowerInvariant();
                    yield return new PowerCitation(power, written, subsection, zone);
                }
            }
        }
    }

    private IEnumerable<PowerCitation> FindNamedPowers(TextZone zone, List<(int Start, int End)> consumed)
    {
        foreach (var power in taxonomy.Powers)
        {
            foreach (var pattern in power.Patterns)
            {
                foreach (Match match in pattern.Matches(zone.Text))
                {
                    var start = match.Index;
                    var end = match.Index + match.Length;
                    if (!consumed.Any(c => start < c.End && end > c.Start))
                    {
                        yield return new PowerCitation(power, CueScorer.Collapse(match.Value), string.Empty, zone);
                    }
                }
            }
        }
    }

    private StatutoryPower? FindPower(string? act, string provision)
    {
        if (act is not null)
        {
            return taxonomy.Powers.FirstOrDefault(p => p.Act == act && SameProvision(p.Provision, provision));
        }

        var bare = taxonomy.Powers.Where(p => p.BareCitationAllowed && SameProvision(p.Provision, provision)).ToList();
        return bare.Count == 1 ? bare[0] : null;
    }

    private static bool SameProvision(string? declared, string cited) =>
        declared is not null && string.Equals(declared.Replace(" ", string.Empty, StringComparison.Ordinal), cited, StringComparison.OrdinalIgnoreCase);

    /// <summary>The act named just after the citation ("… of the Local Government Act 1972") or just before ("LGA 1972 s101").</summary>
    private static (string? Act, int Start, int End) ResolveAct(string text, List<(string Act, int Index, int End)> spans, int start, int end)
    {
        foreach (var span in spans.Where(s => s.Index >= end && s.Index - end <= 40).OrderBy(s => s.Index))
        {
            if (GapAfter().IsMatch(text[end..span.Index]))
            {
                return (span.Act, start, span.End);
            }
        }

        foreach (var span in spans.Where(s => s.End <= start && start - s.End <= 12).OrderByDescending(s => s.End))
        {
            if (GapBefore().IsMatch(text[span.End..start]))
            {
                return (span.Act, span.Index, end);
            }
        }

        return (null, start, end);
    }

    private static string KindOf(string keyword)
    {
        var k = keyword.TrimStart().ToUpperInvariant();
        return k.StartsWith("REG", StringComparison.Ordinal) ? "reg" : k.StartsWith("SCH", StringComparison.Ordinal) ? "sch" : string.Empty;
    }

    [GeneratedRegex(
        @"(?<kw>\bsections?\b|\bss?\.\s?|\bs(?=\s?\d)|\bsecs?\.?|\bregulations?\b|\bregs?\.?|\bschedules?\b|\bsch\.?)\s*" +
        @"(?<list>\d+[A-Z]{0,2}(?:\s?\(\s*[0-9a-z]{1,4}\s*\))*(?:\s*(?:,|and|&|/|or)\s*(?:s\.?\s*)?\d+[A-Z]{0,2}(?:\s?\(\s*[0-9a-z]{1,4}\s*\))*)*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?<num>\d+[A-Z]{0,2})(?<sub>(?:\s?\(\s*[0-9a-z]{1,4}\s*\))*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[\s,]*(?:(?:of|to|under|in|within)\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GapAfter();

    [GeneratedRegex(@"^[\s,]*(?:\(?\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GapBefore();
}
