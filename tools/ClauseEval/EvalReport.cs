using System.Globalization;
using TemplateLibrary.Core.Agreements;

namespace TemplateLibrary.Tools.ClauseEval;

/// <summary>Prints segmentation, clause-kind precision and recall (micro, per kind) and fact accuracy for one split.</summary>
internal sealed class EvalReport(bool showErrors)
{
    public void Clauses(string split, List<ClauseLabel> labels, Dictionary<string, AgreementAnalysis> analyses)
    {
        var documents = labels.Select(l => l.Source).Distinct().Count();
        Console.WriteLine($"== {split}: {labels.Count} labelled clauses in {documents} documents");
        var tally = new KindTally();
        int found = 0, rightHeading = 0;
        foreach (var label in labels)
        {
            var clause = analyses.TryGetValue(label.Source, out var analysis) ? ClauseMatcher.Find(analysis.Clauses, label) : null;
            if (clause is not null)
            {
                found++;
                rightHeading += ClauseMatcher.SameHeading(clause, label) ? 1 : 0;
            }

            var predicted = clause?.Kinds.Select(k => k.Id).ToList() ?? [];
            tally.Add(label.Kinds, predicted);
            if (showErrors && (clause is null || !label.Kinds.SetEquals(predicted)))
            {
                Console.WriteLine($"   {label.Source[..3]} {label.Number,-12} {Cut(label.Heading, 40),-40} gold {string.Join(";", label.Kinds.Order())}  got {(clause is null ? "(not found)" : string.Join(";", predicted))}");
            }
        }

        Console.WriteLine(Line($"segmentation: {found}/{labels.Count} labelled clauses found by number or heading ({Percent(found, labels.Count)}), {rightHeading} with the labelled heading ({Percent(rightHeading, labels.Count)})"));
        Console.WriteLine(Line($"clause kinds (micro): precision {KindTally.Precision(tally.Tp, tally.Fp):0.000}  recall {KindTally.Recall(tally.Tp, tally.Fn):0.000}  (tp {tally.Tp}, fp {tally.Fp}, fn {tally.Fn})"));
        foreach (var (kind, tp, fp, fn) in tally.Kinds)
        {
            Console.WriteLine(Line($"   {kind,-22} P {KindTally.Precision(tp, fp):0.00}  R {KindTally.Recall(tp, fn):0.00}  (tp {tp}, fp {fp}, fn {fn})"));
        }
    }

    public void Facts(string split, List<FactLabel> labels, Dictionary<string, AgreementAnalysis> analyses)
    {
        if (labels.Count == 0)
        {
            return;
        }

        Console.WriteLine(Line($"agreement facts ({labels.Count} agreements): right / labelled"));
        var right = FactComparer.Fields.ToDictionary(f => f, _ => 0, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var facts = analyses.TryGetValue(label.Source, out var analysis) ? analysis.Facts : AgreementFacts.None;
            foreach (var (field, ok) in FactComparer.Compare(label, facts))
            {
                right[field] += ok ? 1 : 0;
                if (showErrors && !ok)
                {
                    Console.WriteLine($"   {label.Source[..3]} {field,-18} gold {Gold(label, field)}  got {Found(facts, field)}");
                }
            }
        }

        foreach (var field in FactComparer.Fields)
        {
            Console.WriteLine(Line($"   {field,-18} {right[field]}/{labels.Count}  {Percent(right[field], labels.Count)}"));
        }
    }

    private static string Gold(FactLabel label, string field) => field switch
    {
        "parties" or "party roles" => string.Join("; ", label.Parties.Select(p => $"{p.Name}={p.Role}")),
        "agreement_date" => label.AgreementDate,
        "commencement_date" => label.CommencementDate,
        "end_date" => label.EndDate,
        "term" => label.Term,
        "notice_period" => label.NoticePeriod,
        _ => label.ReviewDate,
    };

    private static string Found(AgreementFacts facts, string field) => field switch
    {
        "parties" or "party roles" => string.Join("; ", facts.Parties.Select(p => $"{p.Name}={p.Role}")),
        "agreement_date" => facts.AgreementDate?.Value ?? "-",
        "commencement_date" => facts.CommencementDate?.Value ?? "-",
        "end_date" => facts.EndDate?.Value ?? "-",
        "term" => facts.Term?.Value ?? "-",
        "notice_period" => facts.NoticePeriod?.Value ?? "-",
        _ => facts.Review is { } r ? $"{r.Value} every {r.EveryMonths}" : "-",
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
