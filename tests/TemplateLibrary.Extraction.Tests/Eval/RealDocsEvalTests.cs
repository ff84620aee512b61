using System.Globalization;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Extraction.Registry;
using TemplateLibrary.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace TemplateLibrary.Extraction.Tests.Eval;

public sealed class RealDocsEvalTests
{
    private readonly ITestOutputHelper output;

    public RealDocsEvalTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("docx", 0.90)]
    [InlineData("odt", 0.90)]
    [InlineData("html", 0.85)]
    [InlineData("md", 0.90)]
    public void Extract_RealDocuments_MedianWordF1AboveFloor(string format, double floor)
    {
        var eval = SharedEval.FindRealDocs();
        if (eval is null)
        {
            output.WriteLine("skipped: shared/eval not found");
            return;
        }

        var extractor = FileExtractor.CreateDefault();
        var scores = new List<double>();
        foreach (var file in Directory.GetFiles(Path.Combine(eval, "realdocs", format)).Order(StringComparer.Ordinal))
        {
            var reference = Path.Combine(eval, "realdocs-ref", format, Path.GetFileName(file) + ".txt");
            if (!File.Exists(reference))
            {
                continue;
            }

            double score;
            try
            {
                score = WordF1.Score(extractor.Extract(file, CancellationToken.None).Text, File.ReadAllText(reference));
            }
            catch (ExtractionException ex)
            {
                output.WriteLine($"FAILED {Path.GetFileName(file)}: {ex.Message}");
                score = 0;
            }

            scores.Add(score);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score:0.000}  {Path.GetFileName(file)}"));
        }

        scores.Should().NotBeEmpty();
        var median = Median(scores);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format}: {scores.Count} files, median F1 {median:0.000}, mean {scores.Average():0.000}"));
        median.Should().BeGreaterThanOrEqualTo(floor);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
