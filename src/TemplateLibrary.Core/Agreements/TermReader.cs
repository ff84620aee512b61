using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Reads the date of the agreement, its commencement date, its end date and its term.</summary>
internal static partial class TermReader
{
    private const string TermKind = "term-commencement";
    private const string CommencementTerm = @"(?:Commencement|Effective|Start|Operative|Service\s+Commencement|Go[-\s]Live|Transfer)\s+Date";
    private const string PeriodTerm = @"(?:(?:Minimum|Initial|Fixed|Contract)\s+(?:Period|Term)|Term|Expiry\s+Date|End\s+Date|Termination\s+Date|Duration)";

    public static DatedFact? AgreementDate(FactSource source)
    {
        if (source.Front is not { } front)
        {
            return null;
        }

        foreach (var sentence in FactSource.Sentences(front))
        {
            var m = DatedLead().Match(sentence);
            if (m.Success && DateReader.Find(sentence[(m.Index + m.Length)..]).FirstOrDefault() is { HasDay: true } date)
            {
                return new DatedFact(date.Value, date.Date, source.Evidence(front, sentence));
            }
        }

        return null;
    }

    public static DatedFact? Commencement(FactSource source, DatedFact? agreementDate)
    {
        foreach (var unit in source.All)
        {
            foreach (var sentence in FactSource.Sentences(unit))
            {
                var m = CommencementDefinition().Match(sentence);
                if (!m.Success)
                {
                    continue;
                }

                var rest = sentence[(m.Index + m.Length)..];
                if (DateReader.Find(rest).FirstOrDefault() is { } date && date.Index < 80)
                {
                    return new DatedFact(date.Value, date.Date, source.Evidence(unit, sentence));
                }

                if (agreementDate is not null && DateOfAgreement().IsMatch(rest))
                {
                    return agreementDate with { Evidence = source.Evidence(unit, sentence) };
                }
            }
        }

        foreach (var unit in source.OfKind(TermKind).Concat(source.All))
        {
            foreach (var sentence in FactSource.Sentences(unit))
            {
                var m = Starts().Match(sentence);
                // "starts on the Start Date and ends on 30 September 2026": a date after an end word is the end.
                if (m.Success && DateReader.Find(sentence[m.Index..]).FirstOrDefault() is { HasDay: true } date && date.Index < m.Length + 60
                    && !Until().IsMatch(sentence.AsSpan(m.Index + m.Length, Math.Max(0, date.Index - m.Length))))
                {
                    return new DatedFact(date.Value, date.Date, source.Evidence(unit, sentence));
                }
            }
        }

        return null;
    }

    /// <summary>The end date and the term: a fixed end ("until 31 March 2023"), or a minimum period after which the agreement runs on.</summary>
    public static (DatedFact? End, PeriodFact? Term) EndAndTerm(FactSource source, DatedFact? commencement)
    {
        var units = source.OfKind(TermKind).Select(u => (Unit: u, Definitions: false)).ToList();
        units.AddRange(source.OfKind("definitions").Select(u => (Unit: u, Definitions: true)));
        foreach (var (unit, definitions) in units)
        {
            foreach (var sentence in FactSource.Sentences(unit))
            {
                // "its agreement with Westcombe ends on 31 March 2019" is another agreement's end.
                if (!TermWords().IsMatch(sentence) || (definitions ? !TermDefinition().IsMatch(sentence) : !AboutThisAgreement().IsMatch(sentence)))
                {
                    continue;
                }

                var minimum = RunsOn().IsMatch(sentence);
                var evidence = source.Evidence(unit, sentence);
                var duration = TermDuration().Match(sentence);
                if (duration.Success && DurationReader.Read(duration) is { } length)
                {
                    var months = DurationReader.ToMonths(length.Amount, length.Unit);
                    var term = new PeriodFact(Describe(DurationReader.Format(length.Amount, length.Unit), minimum), months, minimum, evidence);
                    DatedFact? end = null;
                    if (!minimum && commencement is not null && length.Unit is "years" or "months")
                    {
                        var last = commencement.Date.AddMonths((int)months).AddDays(-1);
                        end = new DatedFact(last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last, evidence);
                    }

                    return (end, term);
                }

                var until = Until().Match(sentence);
                if (until.Success && DateReader.Find(sentence[until.Index..]).FirstOrDefault() is { HasDay: true } date)
                {
                    var dated = new DatedFact(date.Value, date.Date, evidence);
                    PeriodFact? term = null;
                    if (commencement is not null && date.Date > commencement.Date)
                    {
                        var months = MonthsBetween(commencement.Date, date.Date);
                        term = new PeriodFact(Describe(FormatMonths(months), minimum), months, minimum, evidence);
                    }

                    if (!minimum || term is not null)
                    {
                        return (minimum ? null : dated, term);
                    }
                }
            }
        }

        return (null, null);
    }

    private static string Describe(string length, bool minimum) => minimum ? length + " minimum" : length;

    /// <summary>Whole months from the first day to the day after the last: 1 April 2013 to 31 March 2018 is 60.</summary>
    private static int MonthsBetween(DateOnly from, DateOnly last)
    {
        var end = last.AddDays(1);
        return ((end.Year - from.Year) * 12) + end.Month - from.Month + (end.Day >= from.Day ? 0 : -1);
    }

    private static string FormatMonths(int months) =>
        months % 12 == 0 ? DurationReader.Format(months / 12, "years") : DurationReader.Format(months, "months");

    [GeneratedRegex(@"(?:\bdated|\bdate\s*:|\bdate\s+of\s+(?:this\s+)?(?:agreement|memorandum)\s*:?|\bmade\s+(?:on\s+)?(?:the\s+)?|\bentered\s+into\s+on|\bsigned\s+on)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedLead();

    /// <summary>"\"Commencement Date\" means", and without quotes at the start of a line as bold terms come out of Markdown: "Start Date – 1 October 2016".</summary>
    [GeneratedRegex(@"(?:[""\u201c]" + CommencementTerm + @"[""\u201d]|^(?:\(?[\d.]+\)?\s+)?(?:the\s+)?" + CommencementTerm + @")\s*(?:means\b|shall\s+mean\b|is\b|:|[-\u2013\u2014])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommencementDefinition();

    [GeneratedRegex(@"date\s+of\s+this\s+(?:agreement|memorandum|deed)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOfAgreement();

    [GeneratedRegex(@"\b(?:comes?\s+into\s+(?:force|effect)|commences?\b|commencing\b|shall\s+commence|begins?|starts?|takes?\s+effect|with\s+effect\s+from|effective\s+from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Starts();

    [GeneratedRegex(@"[""\u201c]" + PeriodTerm + @"[""\u201d]|^(?:\(?[\d.]+\)?\s+)?(?:the\s+)?" + PeriodTerm + @"\s*(?:means\b|shall\s+mean\b|:|[-\u2013\u2014])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermDefinition();

    [GeneratedRegex(@"\b(?:continues?|continuing|remains?|lasts?|term|period|expires?|expiring|ends?|ending|until|duration|in\s+force)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermWords();

    [GeneratedRegex(@"\bthis\s+(?:\w+\s+)?(?:agreement|memorandum|contract|arrangement|secondment|partnership|deed|constitution)s?\b|\bthe\s+(?:\w+\s+)?(?:agreements?|memorandum|contracts?|secondment|deed|term|period|services)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThisAgreement();

    [GeneratedRegex(@"\b(?:minimum|not\s+less\s+than|at\s+least|from\s+year\s+to\s+year|thereafter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunsOn();

    [GeneratedRegex(@"(?:\b(?:period|term)\s+of\s+(?:not\s+less\s+than\s+|at\s+least\s+)?|\bfor\s+(?:a\s+further\s+)?|\bminimum\s+of\s+)" + DurationReader.Pattern + @"\b(?!\s*(?:'|\u2019|s'|s\u2019)?\s*notice)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermDuration();

    [GeneratedRegex(@"\b(?:until|to\s+and\s+including|expires?\s+on|ends?\s+on|ending\s+on|expiring\s+on|terminates?\s+on|to(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Until();
}
