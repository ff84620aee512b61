namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Rewrites a PDF through Ghostscript's pdfwrite device, as PDF printers and ps2pdf do.</summary>
internal static class GhostscriptDistiller
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task DistillAsync(string input, string output, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            Environment.GetEnvironmentVariable("CORPUS_GHOSTSCRIPT") ?? "gs",
            // No dates, ID or XMP of its own, so the same input gives the same bytes.
            ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dOmitInfoDate", "-dOmitID", "-dOmitXMP", $"-sOutputFile={output}", input],
            Timeout,
            cancellationToken);
}
