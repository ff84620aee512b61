using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Extraction.Ocr;

/// <summary>OCR for the pages of one PDF: the file is written to a private temporary folder on first use and removed on disposal.</summary>
internal sealed class DocumentOcr : IDisposable
{
    private readonly TesseractOcr ocr;
    private readonly byte[] pdf;
    private string? folder;

    public DocumentOcr(TesseractOcr ocr, byte[] pdf)
    {
        this.ocr = ocr;
        this.pdf = pdf;
    }

    /// <summary>The page's OCR text, or null (with the reason in <paramref name="problem"/>) when a helper failed.</summary>
    public OcrPageText? ReadPage(int pageNumber, TimeSpan timeout, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        try
        {
            if (folder is null)
            {
                folder = Directory.CreateTempSubdirectory("templib-ocr-").FullName;
                File.WriteAllBytes(Path.Combine(folder, "document.pdf"), pdf);
            }

            return ocr.ReadPage(Path.Combine(folder, "document.pdf"), pageNumber, folder, timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is ExtractionException or IOException or System.ComponentModel.Win32Exception)
        {
            problem = ex.Message;
            return null;
        }
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
