using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>A page dictionary and the resources it has or inherits.</summary>
internal sealed record PdfPage(PdfDictionary Dictionary, PdfDictionary? Resources);
