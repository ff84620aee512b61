using TemplateLibrary.Tools.CorpusBuilder.Conversion;
using TemplateLibrary.Tools.CorpusBuilder.Output;
using TemplateLibrary.Tools.CorpusBuilder.Rendering;
using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Building;

/// <summary>HTML to DOCX in one LibreOffice batch, then those DOCX files to PDF and ODT in further batches.</summary>
internal sealed class LibreOfficeStage(CorpusLayout layout, string workDirectory, string executable)
{
    private const string TaggedPdfFilter = "writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    public async Task RunAsync(IReadOnlyList<SourceDocument> documents, TextWriter log, CancellationToken cancellationToken)
    {
        var wanted = documents
            .Where(d => d.Format is OutputFormat.DocxLibreOffice or OutputFormat.PdfLibreOffice or OutputFormat.PdfGhostscript or OutputFormat.Odt)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var htmlDirectory = Path.Combine(workDirectory, "lo-html");
        Directory.CreateDirectory(htmlDirectory);
        var htmlFiles = new List<string>();
        foreach (var document in wanted)
        {
            var path = Path.Combine(htmlDirectory, document.BaseName + ".html");
            await File.WriteAllTextAsync(path, HtmlPageRenderer.Render(document, PageLayout.OfficeImport), cancellationToken).ConfigureAwait(false);
            htmlFiles.Add(path);
        }

        var converter = new LibreOfficeConverter(executable, Path.Combine(workDirectory, "lo-profile"));
        var docxDirectory = Path.Combine(workDirectory, "lo-docx");
        await converter.ConvertAsync(htmlFiles, "docx", "MS Word 2007 XML", docxDirectory, cancellationToken).ConfigureAwait(false);
        log.WriteLine($"  LibreOffice: {htmlFiles.Count} HTML -> DOCX");
        string DocxOf(SourceDocument d) => Path.Combine(docxDirectory, d.BaseName + ".docx");

        foreach (var document in wanted.Where(d => d.Format == OutputFormat.DocxLibreOffice))
        {
            var bytes = await File.ReadAllBytesAsync(DocxOf(document), cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.PathOf(document), GeneratedFileFinisher.FinishPackage(bytes, document), cancellationToken).ConfigureAwait(false);
        }

        // Every other PDF is tagged, so the corpus holds both plain and structure-tagged LibreOffice PDFs.
        var pdfDocuments = wanted.Where(d => d.Format == OutputFormat.PdfLibreOffice).ToList();
        var pdfDirectory = Path.Combine(workDirectory, "lo-pdf");
        await converter.ConvertAsync(pdfDocuments.Where(d => d.Number % 2 == 1).Select(DocxOf).ToList(), "pdf", "writer_pdf_Export", pdfDirectory, cancellationToken).ConfigureAwait(false);
        await converter.ConvertAsync(pdfDocuments.Where(d => d.Number % 2 == 0).Select(DocxOf).ToList(), "pdf", TaggedPdfFilter, pdfDirectory, cancellationToken).ConfigureAwait(false);
        foreach (var document in pdfDocuments)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(pdfDirectory, document.BaseName + ".pdf"), cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.PathOf(document), GeneratedFileFinisher.FinishPdf(bytes, document), cancellationToken).ConfigureAwait(false);
        }

        log.WriteLine($"  LibreOffice: {pdfDocuments.Count} DOCX -> PDF");

        var gsDocuments = wanted.Where(d => d.Format == OutputFormat.PdfGhostscript).ToList();
        var gsSourceDirectory = Path.Combine(workDirectory, "lo-pdf-for-gs");
        await converter.ConvertAsync(gsDocuments.Select(DocxOf).ToList(), "pdf", "writer_pdf_Export", gsSourceDirectory, cancellationToken).ConfigureAwait(false);
        foreach (var document in gsDocuments)
        {
            var distilled = Path.Combine(gsSourceDirectory, document.BaseName + ".gs.pdf");
            await GhostscriptDistiller.DistillAsync(Path.Combine(gsSourceDirectory, document.BaseName + ".pdf"), distilled, cancellationToken).ConfigureAwait(false);
            var bytes = await File.ReadAllBytesAsync(distilled, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.PathOf(document), GeneratedFileFinisher.FinishPdf(bytes, document), cancellationToken).ConfigureAwait(false);
        }

        log.WriteLine($"  Ghostscript: {gsDocuments.Count} PDF re-distilled");

        var odtDocuments = wanted.Where(d => d.Format == OutputFormat.Odt).ToList();
        var odtDirectory = Path.Combine(workDirectory, "lo-odt");
        await converter.ConvertAsync(odtDocuments.Select(DocxOf).ToList(), "odt", "writer8", odtDirectory, cancellationToken).ConfigureAwait(false);
        foreach (var document in odtDocuments)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(odtDirectory, document.BaseName + ".odt"), cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(layout.PathOf(document), GeneratedFileFinisher.FinishPackage(bytes, document), cancellationToken).ConfigureAwait(false);
        }

        log.WriteLine($"  LibreOffice: {odtDocuments.Count} DOCX -> ODT");
    }
}
