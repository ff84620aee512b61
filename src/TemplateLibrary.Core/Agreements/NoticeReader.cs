using System.Text.RegularExpressions;
using TemplateLibrary.Core.Clauses;

namespace TemplateLibrary.Core.Agreements;

/// <summary>Reads the notice a party must give to withdraw or to terminate: "not less than twelve months' written notice".</summary>
internal static partial class NoticeReader
{
    public static PeriodFact? Read(FactSource source)
    {
        var withdrawal = source.OfKind("withdrawal").ToList();
        var termination = source.OfKind("termination").Where(u => !withdrawal.Contains(u)).ToList();
        foreach (var units in new[] { withdrawal, termination })
        {
            if (First(source, units, requireContext: false) is { } found)
            {
                return found;
            }
        }

        return First(source, source.Units, requireContext: true);
    }

    private static PeriodFact? First(FactSource source, IEnumerable<Clause> units, bool requireContext)
    {
        foreach (var unit in units)
        {
            foreach (var sentence in FactSource.Sentences(unit))
            {
                if (requireContext && !Ending().IsMatch(sentence))
                {
                    continue;
                }

                var m = Notice().Match(sentence);
                if (m.Success && DurationReader.Read(m) is { } length)
                {
                    var minimum = sentence[..m.Index].EndsWith("less than ", StringComparison.OrdinalIgnoreCase)
                        || sentence[..m.Index].EndsWith("at least ", StringComparison.OrdinalIgnoreCase);
                    return new PeriodFact(
                        DurationReader.Format(length.Amount, length.Unit),
                        DurationReader.ToMonths(length.Amount, length.Unit),
                        minimum,
                        source.Evidence(unit, sentence));
                }
            }
        }

        return null;
    }

    [GeneratedRegex(DurationReader.Pattern + @"(?:'|\u2019|s'|s\u2019)?\s+(?:prior\s+|advance\s+|previous\s+)?(?:written\s+)?notice|\bnotice\s+(?:in\s+writing\s+)?(?:period\s+)?of\s+(?:not\s+less\s+than\s+|at\s+least\s+)?" + DurationReader.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\b(?:withdraw\w*|terminat\w*|leave|exit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ending();
}
