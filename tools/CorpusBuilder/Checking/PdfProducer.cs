using System.Text;

namespace TemplateLibrary.Tools.CorpusBuilder.Checking;

/// <summary>Names the program that wrote a PDF, from its Info dictionary.</summary>
internal static class PdfProducer
{
    public static string Of(string path)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        if (text.Contains("Skia/PDF", StringComparison.Ordinal))
        {
            return "Chromium (Skia/PDF)";
        }

        if (text.Contains("Ghostscript", StringComparison.Ordinal))
        {
            return "Ghostscript (pdfwrite)";
        }

        // LibreOffice writes its Producer as UTF-16 hex: <FEFF004C0069006200720065004F...> is "LibreO".
        if (text.Contains("FEFF004C0069006200720065004F", StringComparison.Ordinal) || text.Contains("(LibreOffice", StringComparison.Ordinal))
        {
            return text.Contains("/StructTreeRoot", StringComparison.Ordinal) ? "LibreOffice (tagged)" : "LibreOffice";
        }

        return "other";
    }
}
