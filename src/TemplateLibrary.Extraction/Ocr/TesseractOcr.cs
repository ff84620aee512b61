using System.Globalization;

namespace TemplateLibrary.Extraction.Ocr;

/// <summary>OCR of PDF pages with the optional helpers on the PATH: <c>pdftoppm</c> renders a page, <c>tesseract</c> reads it.</summary>
internal sealed class TesseractOcr
{
    private const int Resolution = 300;
    private readonly string renderer;
    private readonly string tesseract;

    private TesseractOcr(string renderer, string tesseract)
    {
        this.renderer = renderer;
        this.tesseract = tesseract;
    }

    /// <summary>The OCR when both helpers are installed, else null (scanned pages are then only reported).</summary>
    public static TesseractOcr? FromPath() =>
        ExternalTool.Find("pdftoppm") is { } renderer && ExternalTool.Find("tesseract") is { } tesseract ? new TesseractOcr(renderer, tesseract) : null;

    /// <summary>Renders one page (1-based) of a PDF file to a grey image and reads its words in English; each helper gets <paramref name="timeout"/>.</summary>
    public OcrPageText ReadPage(string pdfPath, int pageNumber, string workFolder, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(workFolder, "page" + page);
        ExternalTool.Run(
            renderer,
            ["-r", Resolution.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", page, "-l", page, pdfPath, prefix],
            timeout,
            cancellationToken);
        var image = prefix + ".png";
        try
        {
            return TesseractTsv.Parse(ExternalTool.Run(tesseract, [image, "stdout", "-l", "eng", "tsv"], timeout, cancellationToken));
        }
        finally
        {
            File.Delete(image);
        }
    }
}
