using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Tagging;

/// <summary>
/// The document's year: from metadata when declared, otherwise the most plausible date in the text. Full dates count
/// more than bare years, dates near "dated", "signed" or "meeting" and dates near the start count more, and years
/// that belong to the name of an Act or Regulations ("Local Government Act 1972", "the 2011 Act") are ignored.
/// </summary>
internal static partial class YearDetector
{
    private const int EarliestYear = 1980;
    private const int OpeningChars = 600;

    public static YearMatch? Detect(TaggingInput input, IReadOnlyList<TextZone> zones)
    {
        var latest = DateTime.UtcNow.Year + 1;
        if (input.MetadataYear is { } declared && declared >= EarliestYear && declared <= latest)
        {
            return new YearMatch(declared, "metadata", null);
        }

        if (input.Created is { } created && created.Year >= EarliestYear && created.Year <= latest)
        {
            return new YearMatch(created.Year, "metadata", created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var scores = new Dictionary<int, (double Score, double Best, string Evidence)>();
        var offset = 0;
        foreach (var zone in zones)
        {
            var early = zone.Name is "title" or "heading";
            foreach (var (year, weight, index, written) in Candidates(zone.Text))
            {
                if (year < EarliestYear || year > latest)
                {
                    continue;
                }

                var score = weight;
                var before = zone.Text[Math.Max(0, index - 40)..index];
                if (DateContext().IsMatch(before))
                {
                    score += 4;
                }

                if (early || offset + index < OpeningChars)
                {
                    score *= 2;
                }

                var current = scores.TryGetValue(year, out var s) ? s : (0, 0, written);
                scores[year] = (current.Score + score, Math.Max(current.Best, score), score > current.Best ? written : current.Evidence);
            }

            offset += zone.Name is "opening" or "body" ? zone.Text.Length : 0;
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.OrderByDescending(kv => kv.Value.Score).ThenByDescending(kv => kv.Key).First();
        return new YearMatch(best.Key, "text", best.Value.Evidence);
    }

    private static IEnumerable<(int Year, double Weight, int Index, string Written)> Candidates(string text)
    {
        var covered = new List<(int Start, int End)>();
        foreach (var (regex, weight) in new[] { (FullDate(), 3.0), (NumericDate(), 3.0), (IsoDate(), 3.0), (MonthYear(), 2.0) })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (covered.Any(c => m.Index < c.End && m.Index + m.Length > c.Start))
                {
                    continue;
                }

                covered.Add((m.Index, m.Index + m.Length));
                yield return (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), weight, m.Index, CueScorer.Collapse(m.Value));
            }
        }

        foreach (Match m in BareYear().Matches(text))
        {
            if (covered.Any(c => m.Index >= c.Start && m.Index < c.End))
            {
                continue;
            }

            var before = text[Math.Max(0, m.Index - 16)..m.Index];
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 16)];
            if (StatuteBefore().IsMatch(before) || StatuteAfter().IsMatch(after))
            {
                continue;
            }

            yield return (int.Parse(m.Value, CultureInfo.InvariantCulture), 0.5, m.Index, m.Value);
        }
    }

    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:of\s+)?" + Month + @"\.?,?\s+(?<y>(?:19|20)\d{2})\b|\b" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-](?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d£$.,/])\b(?:19|20)\d{2}\b(?![\d%]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?:\bAct|Regulations?|\bOrder|\bRules|\bMeasure|Directive|\bRegs|\bCode|\bLGA|\bPCR|\bNHSA|\bDPA|\bFOIA|\bPA|\bLA)\s*,?\s*(?:No\.?\s*\d*\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StatuteBefore();

    [GeneratedRegex(@"^\s*(?:Act|Regulations|Regs|Order)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatuteAfter();

    [GeneratedRegex(@"(?:dated|date\s*(?:of\s+\w+\s*)?:?|signed|meeting|published|issued|made\s+on|approved|updated|version|effective|agreed)\s*[:\-]?\s*(?:on\s+)?(?:the\s+)?[\w\s,]{0,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateContext();
}
