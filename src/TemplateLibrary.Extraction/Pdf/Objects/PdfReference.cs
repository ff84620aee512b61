namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>An indirect reference "n g R".</summary>
internal readonly record struct PdfReference(int Number, int Generation);
