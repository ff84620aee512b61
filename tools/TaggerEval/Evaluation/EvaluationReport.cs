using System.Globalization;
using System.Text;

namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>Accuracy per facet, powers precision and recall, and the commonest confusions.</summary>
internal sealed record EvaluationReport
{
    /// <summary>Documents evaluated.</summary>
    public int Documents { get; init; }

    /// <summary>Scores for category, model and type.</summary>
    public IReadOnlyList<FacetScore> Facets { get; init; } = [];

    /// <summary>Documents whose powers were labelled.</summary>
    public int PowerDocuments { get; init; }

    /// <summary>Share of cited powers found that were labelled.</summary>
    public double PowersPrecision { get; init; }

    /// <summary>Share of labelled powers that were found.</summary>
    public double PowersRecall { get; init; }

    /// <summary>The mistakes, most frequent first.</summary>
    public IReadOnlyList<Confusion> Confusions { get; init; } = [];

    /// <summary>Power ids found but not labelled, and labelled but not found, with counts.</summary>
    public IReadOnlyList<string> PowerErrors { get; init; } = [];

    /// <summary>Documents whose councils were labelled.</summary>
    public int CouncilDocuments { get; init; }

    /// <summary>Share of councils found that were labelled.</summary>
    public double CouncilsPrecision { get; init; }

    /// <summary>Share of labelled councils that were found.</summary>
    public double CouncilsRecall { get; init; }

    /// <summary>Councils found but not labelled, and labelled but not found.</summary>
    public IReadOnlyList<string> CouncilErrors { get; init; } = [];

    /// <summary>The score of one facet.</summary>
    public FacetScore For(string facet) => Facets.First(f => f.Facet == facet);

    /// <summary>The scores alone: documents, one line per facet, powers and councils.</summary>
    public string ToSummary()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Documents: {Documents}");
        text.AppendLine("facet      labelled  correct  unknown  accuracy  answered-precision  confidence>=0.6 (n, accuracy)");
        foreach (var f in Facets)
        {
            text.AppendLine(culture, $"{f.Facet,-10} {f.Labelled,8}  {f.Correct,7}  {f.Unknown,7}  {f.Accuracy,8:P1}  {f.PrecisionWhenAnswered,18:P1}  {f.Confident,5}  {f.ConfidentAccuracy,8:P1}");
        }

        if (PowerDocuments > 0)
        {
            text.AppendLine(culture, $"powers     precision {PowersPrecision:P1}  recall {PowersRecall:P1}");
        }

        if (CouncilDocuments > 0)
        {
            text.AppendLine(culture, $"councils   precision {CouncilsPrecision:P1}  recall {CouncilsRecall:P1}  ({CouncilDocuments} documents)");
        }

        return text.ToString();
    }

    /// <summary>The summary, then the commonest confusions and every power and council error.</summary>
    public string ToText(int topConfusions = 12)
    {
        var text = new StringBuilder(ToSummary());
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine("Most confused (expected -> predicted: count; examples)");
        foreach (var c in Confusions.Take(topConfusions))
        {
            text.AppendLine(culture, $"  {c.Facet,-8} {c.Expected} -> {c.Predicted}: {c.Count}  ({string.Join(", ", c.Examples)})");
        }

        if (PowerErrors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Power errors");
            foreach (var e in PowerErrors)
            {
                text.AppendLine(culture, $"  {e}");
            }
        }

        if (CouncilErrors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Council errors");
            foreach (var e in CouncilErrors)
            {
                text.AppendLine(culture, $"  {e}");
            }
        }

        return text.ToString();
    }
}
