namespace TemplateLibrary.Extraction.Registry;

/// <summary>The names librarians know formats by, for messages.</summary>
internal static class FormatLabels
{
    public static string For(string format) => format switch
    {
        "docx" => "DOCX",
        "odt" => "ODT",
        "pdf" => "PDF",
        "html" => "HTML",
        "md" => "Markdown",
        "txt" => "text",
        "rtf" => "RTF",
        "doc" => "Word 97-2003 document (.doc)",
        "xlsx" => "Excel spreadsheet (XLSX)",
        "pptx" => "PowerPoint presentation (PPTX)",
        "ods" => "OpenDocument spreadsheet (ODS)",
        "odp" => "OpenDocument presentation (ODP)",
        "odf" => "OpenDocument file",
        _ => format.ToUpperInvariant(),
    };

    /// <summary>True for formats that are ZIP packages and cannot be anything else.</summary>
    public static bool IsZipPackage(string format) => format is "docx" or "odt" or "xlsx" or "pptx";
}
