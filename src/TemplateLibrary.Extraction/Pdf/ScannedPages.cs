using System.Globalization;
using TemplateLibrary.Extraction.Ocr;

namespace TemplateLibrary.Extraction.Pdf;

/// <summary>The pages of one PDF that are images without a text layer: OCRed when Tesseract is there, listed in a warning when not.</summary>
internal sealed class ScannedPages : IDisposable
{
    private static readonly TimeSpan MinimumPageTime = TimeSpan.FromSeconds(2);
    private readonly DocumentOcr? ocr;
    private readonly TimeSpan budget;
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly List<int> unread = [];
    private readonly List<(int Page, OcrPageText Text)> read = [];
    private string? problem;

    /// <summary>OCR stops once <paramref name="budget"/> is spent, so a long scan is indexed in part rather than timing out.</summary>
    public ScannedPages(DocumentOcr? ocr, TimeSpan budget)
    {
        this.ocr = ocr;
        this.budget = budget;
    }

    /// <summary>The page's OCR text, or empty when there is no OCR, it failed, or it found no words.</summary>
    public string Read(int pageNumber, CancellationToken cancellationToken)
    {
        string? failure = null;
        var left = budget - clock.Elapsed;
        if (ocr is not null && left < MinimumPageTime)
        {
            problem ??= "the time limit was reached";
            unread.Add(pageNumber);
            return string.Empty;
        }

        if (ocr?.ReadPage(pageNumber, left, cancellationToken, out failure) is { Words: > 0 } page)
        {
            read.Add((pageNumber, page));
            return page.Text;
        }

        problem ??= failure;
        unread.Add(pageNumber);
        return string.Empty;
    }

    /// <summary>"scanned, no text layer" for pages left unread, and "OCR text" with the confidence for pages read.</summary>
    public IEnumerable<string> Warnings()
    {
        if (unread.Count > 0)
        {
            var why = ocr is null ? "install tesseract-ocr to read them" : problem is null ? "OCR found no words" : "OCR failed: " + problem;
            yield return $"scanned, no text layer: {PageList(unread)} ({why})";
        }

        if (read.Count > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"OCR text (Tesseract) on {PageList(read.Select(r => r.Page).ToList())}, mean word confidence {MeanConfidence():0.00}");
        }
    }

    /// <summary>The metadata note on OCR text, or null when no page was OCRed.</summary>
    public string? Summary() => read.Count == 0
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"tesseract; {PageList(read.Select(r => r.Page).ToList())}; confidence {MeanConfidence():0.00}");

    public void Dispose() => ocr?.Dispose();

    private double MeanConfidence() =>
        read.Sum(r => r.Text.Confidence * r.Text.Words) / Math.Max(1, read.Sum(r => r.Text.Words));

    private static string PageList(List<int> pages) =>
        (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", pages.Take(10).Select(p => p.ToString(CultureInfo.InvariantCulture))) + (pages.Count > 10 ? "…" : string.Empty);
}
