namespace TemplateLibrary.Tools.CorpusBuilder.Sources;

/// <summary>How a source is turned into its corpus file.</summary>
internal enum OutputFormat
{
    /// <summary>HTML converted to DOCX by LibreOffice.</summary>
    DocxLibreOffice,

    /// <summary>DOCX written directly with DocumentFormat.OpenXml.</summary>
    DocxOpenXml,

    /// <summary>HTML to DOCX to PDF, both by LibreOffice.</summary>
    PdfLibreOffice,

    /// <summary>HTML printed to PDF by Chromium.</summary>
    PdfChromium,

    /// <summary>Two-column HTML printed to PDF by Chromium.</summary>
    PdfChromiumTwoColumn,

    /// <summary>DOCX to PDF by LibreOffice, then re-distilled by Ghostscript's pdfwrite, as PDF printers do.</summary>
    PdfGhostscript,

    /// <summary>Markdown with front matter, copied.</summary>
    Markdown,

    /// <summary>HTML to DOCX to ODT by LibreOffice.</summary>
    Odt,

    /// <summary>A standalone council web page.</summary>
    Html,
}
