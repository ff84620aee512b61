using System.Globalization;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Agreements;

/// <summary>
/// Reads when the agreement is to be reviewed: a date ("review January 2022", "by 31 March 2016"), a time after
/// commencement ("within twelve months of the Commencement Date", "before the third anniversary") or a cycle
/// ("at least once every three years"), which counts from the commencement date.
/// </summary>
internal static partial class ReviewReader
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["tenth"] = 10,
    };

    public static ReviewFact? Read(FactSource source, DatedFact? commencement)
    {
        var reviewUnits = source.OfKind("review").ToList();
        var ordered = reviewUnits.Concat(source.Units.Where(u => !reviewUnits.Contains(u)));
        ReviewFact? cycleOnly = null;
        foreach (var unit in ordered)
        {
            var isReviewClause = reviewUnits.Contains(unit);
            foreach (var sentence in FactSource.Sentences(unit))
            {
                if (!ReviewWord().IsMatch(sentence) || NotTheAgreement().IsMatch(sentence) || (!isReviewClause && !OfTheAgreement().IsMatch(sentence)))
                {
                    continue;
                }

                var evidence = source.Evidence(unit, sentence);
                var every = Cycle(sentence);
                if (DateReader.Find(sentence).FirstOrDefault() is { } date)
                {
                    return new ReviewFact(date.Value, date.Date, every, evidence);
                }

                if (commencement is not null && AfterCommencement(sentence) is { } months)
                {
                    var due = commencement.Date.AddMonths(months);
                    return new ReviewFact(Iso(due), due, every, evidence);
                }

                if (every is { } cycle && cycleOnly is null)
                {
                    var first = commencement?.Date.AddMonths(cycle);
                    cycleOnly = new ReviewFact(first is { } d ? Iso(d) : null, first, cycle, evidence);
                }
            }
        }

        return cycleOnly;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"every three years" is 36, "annually" 12; null when no cycle is stated.</summary>
    private static int? Cycle(string sentence)
    {
        var m = EveryYears().Match(sentence);
        if (m.Success)
        {
            var word = m.Groups["n"].Value;
            var n = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : NumberWord(word);
            return n > 0 ? n * 12 : null;
        }

        return Annual().IsMatch(sentence) ? 12 : null;
    }

    /// <summary>Months from commencement: "within twelve months of the Commencement Date", "before the third anniversary".</summary>
    private static int? AfterCommencement(string sentence)
    {
        var m = WithinOfCommencement().Match(sentence);
        if (m.Success && DurationReader.Read(m) is { } length && length.Unit is "months" or "years")
        {
            return (int)DurationReader.ToMonths(length.Amount, length.Unit);
        }

        m = Anniversary().Match(sentence);
        return m.Success && Ordinals.TryGetValue(m.Groups["ord"].Value, out var years) ? years * 12 : null;
    }

    private static int NumberWord(string word) => word.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "ten" => 10, _ => 0,
    };

    [GeneratedRegex(@"\breview", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewWord();

    [GeneratedRegex(@"\b(?:this|the)\s+(?:agreement|memorandum|mou|constitution|terms\s+of\s+reference|protocol|arrangements?|partnership|shared\s+service|joint\s+committee)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheAgreement();

    [GeneratedRegex(@"\b(?:price|rent|salary|pay|fee|charges?|rates?)\s+review|review\s+(?:of\s+)?(?:the\s+)?(?:charges|fees|prices|budget|rates)\b|judicial\s+review", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotTheAgreement();

    [GeneratedRegex(@"\bevery\s+(?<n>\d|two|three|four|five|six|ten)\s+years|\b(?<n>\d|two|three|four|five)[-\s]yearly\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryYears();

    [GeneratedRegex(@"\b(?:annual(?:ly)?|each\s+year|every\s+year|every\s+twelve\s+months|once\s+a\s+year|yearly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Annual();

    [GeneratedRegex(@"\b(?:within|after|no\s+later\s+than|not\s+later\s+than|before\s+the\s+end\s+of)\s+(?:the\s+(?:first\s+)?)?" + DurationReader.Pattern + @"\s+(?:of|after|from|following)\s+(?:the\s+)?(?:Commencement|Effective|Start|Operative)\s+Date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithinOfCommencement();

    [GeneratedRegex(@"\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|tenth)\s+anniversary", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anniversary();
}
