namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>A bare keyword: a content-stream operator or a structural keyword such as obj.</summary>
internal sealed record PdfOperator(string Name);
