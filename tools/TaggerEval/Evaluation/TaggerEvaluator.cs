using TemplateLibrary.Core.Tagging;

namespace TemplateLibrary.Tools.TaggerEval.Evaluation;

/// <summary>Runs the tagger over labelled documents and measures it.</summary>
internal static class TaggerEvaluator
{
    /// <summary>Tags every document and compares the result with its labels.</summary>
    public static EvaluationReport Evaluate(AutoTagger tagger, IReadOnlyList<LabelledDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var results = documents.Select(d => (Doc: d, Result: tagger.Analyze(d.Input))).ToList();
        var facets = new List<FacetScore>();
        var mistakes = new List<(string Facet, string Expected, string Predicted, string Name)>();
        foreach (var (facet, expected, chosen) in new (string, Func<LabelledDocument, string?>, Func<TaggingResult, FacetMatch?>)[]
        {
            (FacetNames.Category, d => d.Category, r => r.Category),
            (FacetNames.Model, d => d.Model, r => r.Model),
            (FacetNames.Type, d => d.Type, r => r.Type),
        })
        {
            string? predicted(TaggingResult r) => chosen(r)?.Id;
            var labelled = results.Where(x => expected(x.Doc) is not null).ToList();
            var correct = labelled.Count(x => expected(x.Doc) == predicted(x.Result));
            var unknown = labelled.Count(x => predicted(x.Result) is null);
            var confident = labelled.Where(x => chosen(x.Result)?.Confidence >= FacetScore.ReviewThreshold).ToList();
            facets.Add(new FacetScore(facet, labelled.Count, correct, unknown, confident.Count, confident.Count(x => expected(x.Doc) == predicted(x.Result))));
            mistakes.AddRange(labelled
                .Where(x => expected(x.Doc) != predicted(x.Result))
                .Select(x => (facet, expected(x.Doc)!, predicted(x.Result) ?? "unknown", x.Doc.Name)));
        }

        var found = 0;
        var foundRight = 0;
        var labelledPowers = 0;
        var labelledFound = 0;
        var powerErrors = new List<string>();
        var powerDocuments = 0;
        foreach (var (doc, result) in results.Where(x => x.Doc.Powers is not null))
        {
            powerDocuments++;
            var expected = doc.Powers!.ToHashSet(StringComparer.Ordinal);
            var actual = result.Powers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            found += actual.Count;
            foundRight += actual.Count(expected.Contains);
            labelledPowers += expected.Count;
            labelledFound += expected.Count(actual.Contains);
            powerErrors.AddRange(actual.Except(expected).Select(p => $"extra {p} in {doc.Name}"));
            powerErrors.AddRange(expected.Except(actual).Select(p => $"missed {p} in {doc.Name}"));
        }

        var councils = CountSets(
            results.Where(x => x.Doc.Councils is not null).Select(x => (x.Doc.Name, x.Doc.Councils!, (IReadOnlyList<string>)[.. x.Result.Councils.Select(c => c.Name)])),
            StringComparer.OrdinalIgnoreCase);
        return new EvaluationReport
        {
            Documents = documents.Count,
            Facets = facets,
            PowerDocuments = powerDocuments,
            PowersPrecision = found == 0 ? 1 : (double)foundRight / found,
            PowersRecall = labelledPowers == 0 ? 1 : (double)labelledFound / labelledPowers,
            PowerErrors = powerErrors,
            CouncilDocuments = councils.Documents,
            CouncilsPrecision = councils.Precision,
            CouncilsRecall = councils.Recall,
            CouncilErrors = councils.Errors,
            Confusions = [.. mistakes
                .GroupBy(m => (m.Facet, m.Expected, m.Predicted))
                .Select(g => new Confusion(g.Key.Facet, g.Key.Expected, g.Key.Predicted, g.Count(), [.. g.Take(3).Select(m => m.Name)]))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Facet, StringComparer.Ordinal)],
        };
    }

    private static (int Documents, double Precision, double Recall, List<string> Errors) CountSets(IEnumerable<(string Name, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual)> documents, StringComparer comparer)
    {
        int count = 0, found = 0, foundRight = 0, labelled = 0, labelledFound = 0;
        var errors = new List<string>();
        foreach (var (name, expectedList, actualList) in documents)
        {
            count++;
            var expected = expectedList.ToHashSet(comparer);
            var actual = actualList.ToHashSet(comparer);
            found += actual.Count;
            foundRight += actual.Count(expected.Contains);
            labelled += expected.Count;
            labelledFound += expected.Count(actual.Contains);
            errors.AddRange(actual.Where(a => !expected.Contains(a)).Select(a => $"extra {a} in {name}"));
            errors.AddRange(expected.Where(e => !actual.Contains(e)).Select(e => $"missed {e} in {name}"));
        }

        return (count, found == 0 ? 1 : (double)foundRight / found, labelled == 0 ? 1 : (double)labelledFound / labelled, errors);
    }
}
