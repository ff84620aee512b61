using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Pdf;
using TemplateLibrary.Extraction.Tests.Support;

namespace TemplateLibrary.Extraction.Tests.Pdf;

/// <summary>The real-world PDFs of shared/eval against pdftotext's text, with floors a little under what is achieved.</summary>
public class PdfRealDocumentsTests(ITestOutputHelper output)
{
    private const double MedianFloor = 0.98;
    private const double ShareFloor = 0.87;

    [Fact]
    public void Extract_RealWorldPdfs_MeetTheF1Floors()
    {
        var folder = FindEvalPdfFolder();
        if (folder is null)
        {
            Assert.Skip("shared/eval not found");
        }

        var scores = new List<double>();
        var problems = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.pdf").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var referencePath = Path.Combine(folder, "..", "..", "realdocs-ref", "pdf", name + ".txt");
            var reference = File.Exists(referencePath) ? File.ReadAllText(referencePath) : null;
            var (text, failure) = Run(path);
            if (name.Contains("password", StringComparison.OrdinalIgnoreCase) && failure is not null)
            {
                if (failure != "encrypted: a password is required")
                {
                    problems.Add($"{name}: expected the password message, got '{failure}'");
                }

                continue;
            }

            if (failure is not null && !failure.StartsWith("encrypted", StringComparison.Ordinal) && !failure.StartsWith("damaged", StringComparison.Ordinal))
            {
                problems.Add($"{name}: {failure}");
            }

            if (reference is null)
            {
                continue;
            }

            if (reference.Trim().Length == 0)
            {
                if (text.Trim().Length > 0)
                {
                    problems.Add($"{name}: a scan without text layer gave {text.Length} characters");
                }

                continue;
            }

            var score = WordF1.Score(text, reference);
            scores.Add(score);
            output.WriteLine($"{score:0.000} {name}");
        }

        scores.Sort();
        var median = scores.Count % 2 == 1 ? scores[scores.Count / 2] : (scores[(scores.Count / 2) - 1] + scores[scores.Count / 2]) / 2;
        var share = scores.Count(s => s >= 0.95) / (double)scores.Count;
        output.WriteLine($"median {median:0.000}, share >= 0.95 {share:P1} of {scores.Count}");
        problems.Should().BeEmpty();
        median.Should().BeGreaterThanOrEqualTo(MedianFloor);
        share.Should().BeGreaterThanOrEqualTo(ShareFloor);
    }

    private static (string Text, string? Failure) Run(string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            using var stream = File.OpenRead(path);
            return (PdfTextExtractor.Extract(stream, ExtractionLimits.Default, timeout.Token).Text, null);
        }
        catch (ExtractionException exception)
        {
            return (string.Empty, exception.Message);
        }
        catch (OperationCanceledException)
        {
            return (string.Empty, "timed out after 30 seconds");
        }
    }

    private static string? FindEvalPdfFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "realdocs", "pdf");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
