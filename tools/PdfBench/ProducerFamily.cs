namespace PdfBench;

/// <summary>Groups Producer strings into families so figures can be reported per producer.</summary>
internal static class ProducerFamily
{
    private static readonly (string Needle, string Family)[] Families =
    [
        ("quartz", "macOS Quartz"), ("ghostscript", "Ghostscript"), ("gpl ghostscript", "Ghostscript"), ("afpl", "Ghostscript"),
        ("pdf24", "Ghostscript"), ("pdfcreator", "Ghostscript"), ("distiller", "Acrobat Distiller"), ("pdftex", "pdfTeX"),
        ("pdfetex", "pdfTeX"), ("xetex", "XeTeX/LuaTeX"), ("luatex", "XeTeX/LuaTeX"), ("luametatex", "XeTeX/LuaTeX"), ("xdvipdfmx", "XeTeX/LuaTeX"),
        ("itext", "iText"), ("pdftk", "iText"), ("libreoffice", "LibreOffice"), ("openoffice", "LibreOffice"),
        ("adobe pdf library", "Adobe PDF Library"), ("indesign", "Adobe PDF Library"), ("acrobat", "Adobe Acrobat"),
        ("tcpdf", "TCPDF/FPDF family"), ("fpdf", "TCPDF/FPDF family"), ("dompdf", "TCPDF/FPDF family"), ("mpdf", "TCPDF/FPDF family"),
        ("jspdf", "TCPDF/FPDF family"), ("microsoft", "Microsoft Office"), ("skia", "Skia/Chrome"), ("pypdf", "pypdf"),
        ("pdflib", "PDFlib"), ("reportlab", "ReportLab"), ("qt", "Qt/wkhtmltopdf"), ("fop", "FOP/Antenna House"), ("antenna", "FOP/Antenna House"),
        ("livecycle", "LiveCycle"), ("pdfium", "PDFium"),
    ];

    public static string Classify(string? producer)
    {
        if (string.IsNullOrWhiteSpace(producer))
        {
            return "(no producer)";
        }

        var lower = producer.ToLowerInvariant();
        foreach (var (needle, family) in Families)
        {
            if (lower.Contains(needle, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return "other";
    }
}
