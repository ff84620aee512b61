using System.Text;
using TemplateLibrary.Core.Documents;
using TemplateLibrary.Core.Errors;
using TemplateLibrary.Core.Extraction;
using TemplateLibrary.Extraction.Ocr;
using TemplateLibrary.Extraction.Pdf.Content;
using TemplateLibrary.Extraction.Pdf.Layout;
using TemplateLibrary.Extraction.Pdf.Metadata;
using TemplateLibrary.Extraction.Pdf.Objects;
using TemplateLibrary.Extraction.Pdf.Parsing;

namespace TemplateLibrary.Extraction.Pdf;

/// <summary>Reads a whole PDF: objects, pages, text per page, metadata and warnings.</summary>
internal static class PdfDocumentReader
{
    /// <summary>Reads the PDF; pages with images but no text are OCRed when <paramref name="ocr"/> is given, else reported as scanned.</summary>
    public static ExtractedDocument Read(byte[] data, ExtractionLimits limits, CancellationToken cancellationToken, TesseractOcr? ocr = null)
    {
        if (data.Length == 0)
        {
            throw new ExtractionException("not a PDF: the file is empty");
        }

        // Offsets count from "%PDF-": drop any bytes (a BOM, a mail header) written before it.
        var header = data.AsSpan(0, Math.Min(data.Length, 1024)).IndexOf("%PDF-"u8);
        if (header > 0)
        {
            data = data.AsSpan(header).ToArray();
        }

        PdfFile file;
        try
        {
            file = PdfFile.Open(data, limits, cancellationToken);
        }
        catch (ExtractionException exception) when (exception.Message.StartsWith("damaged", StringComparison.Ordinal) && !HasEndMarker(data))
        {
            throw new ExtractionException("truncated: the file ends before the document structure is complete", exception);
        }

        var pages = PageTree.Read(file, cancellationToken);
        if (pages.Count == 0)
        {
            throw new ExtractionException(HasEndMarker(data) ? "damaged: no pages found" : "truncated: no pages found");
        }

        var fonts = new FontCache(file, cancellationToken);
        var pageTexts = new List<string>(pages.Count);
        var warnings = new List<string>();
        // OCR may use most of the file's time limit; the rest is left for the text and the tagging after it.
        var scanned = new ScannedPages(ocr is null ? null : new DocumentOcr(ocr, data), limits.Timeout * 0.8);
        var remaining = limits.MaxTextChars;
        for (var index = 0; index < pages.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = remaining > 0 ? ReadPage(file, fonts, pages[index], remaining, index + 1, warnings, cancellationToken) : string.Empty;
            if (text.Length > remaining)
            {
                text = text[..remaining];
            }

            if (text.Trim().Length == 0 && remaining > 0)
            {
                if (PageImages.HasImage(file, pages[index]))
                {
                    text = scanned.Read(index + 1, cancellationToken);
                    text = text.Length > remaining ? text[..remaining] : text;
                }
                else
                {
                    warnings.Add($"page {index + 1}: no text layer");
                }
            }

            remaining -= text.Length;
            pageTexts.Add(text);
        }

        if (remaining <= 0)
        {
            warnings.Add("text truncated at the size limit");
        }

        if (file.Budget.Exhausted)
        {
            warnings.Add("decompressed size limit reached: some content was not read");
        }

        if (file.Recovered)
        {
            warnings.Add("damaged cross-reference data: objects recovered by scanning");
        }

        scanned.Dispose();
        warnings.InsertRange(0, scanned.Warnings());
        var metadata = PdfMetadataReader.Read(file, pages.Count);
        if (scanned.Summary() is { } ocrSummary)
        {
            var properties = new Dictionary<string, string>(metadata.Properties, StringComparer.OrdinalIgnoreCase) { ["ocr"] = ocrSummary };
            metadata = metadata with { Properties = properties };
        }

        return new ExtractedDocument
        {
            Format = "pdf",
            Text = JoinPages(pageTexts),
            Title = metadata.Title,
            Pages = pageTexts,
            Metadata = metadata,
            Warnings = CollapseWarnings(warnings),
        };
    }

    private static string ReadPage(PdfFile file, FontCache fonts, PdfPage page, int maxChars, int number, List<string> warnings, CancellationToken cancellationToken)
    {
        var collector = new GlyphCollector(maxChars, page.Box);
        try
        {
            var content = PageContent(file, page.Dictionary);
            var interpreter = new ContentInterpreter(file, fonts, collector, cancellationToken);
            interpreter.Run(content, page.Resources, Matrix.Identity);
            AnnotationAppearances.Draw(file, page, interpreter, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ExtractionException and not OutOfMemoryException)
        {
            warnings.Add($"page {number}: content partly unreadable ({exception.GetType().Name})");
        }

        return PageLayout.Build(collector.Glyphs, cancellationToken);
    }

    private static byte[] PageContent(PdfFile file, PdfDictionary page)
    {
        switch (file.Resolve(page["Contents"]))
        {
            case PdfStream stream:
                return file.DecodeStream(stream);
            case List<object?> parts:
                using (var buffer = new MemoryStream())
                {
                    foreach (var part in parts)
                    {
                        if (file.Resolve(part) is PdfStream partStream)
                        {
                            buffer.Write(file.DecodeStream(partStream));
                            buffer.WriteByte((byte)'\n');
                        }
                    }

                    return buffer.ToArray();
                }

            default:
                return [];
        }
    }

    private static string JoinPages(List<string> pages)
    {
        var builder = new StringBuilder();
        foreach (var page in pages)
        {
            if (page.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(page);
        }

        return builder.ToString();
    }

    private static List<string> CollapseWarnings(List<string> warnings)
    {
        // A 300-page scan should not produce 300 lines of the same warning.
        var noText = warnings.Where(w => w.EndsWith(": no text layer", StringComparison.Ordinal)).ToList();
        if (noText.Count <= 10)
        {
            return warnings;
        }

        var others = warnings.Except(noText).ToList();
        others.Insert(0, $"{noText.Count} pages: no text layer ({string.Join(", ", noText.Take(5).Select(w => w[..w.IndexOf(':', StringComparison.Ordinal)]))}…)");
        return others;
    }

    private static bool HasEndMarker(byte[] data) =>
        PdfBytes.LastIndexOf(data, "%%EOF"u8, Math.Max(0, data.Length - 2048), data.Length) >= 0;
}
