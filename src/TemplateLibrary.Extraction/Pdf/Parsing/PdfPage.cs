using TemplateLibrary.Extraction.Pdf.Objects;

namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>A page dictionary, the resources it has or inherits, and its visible box (crop box, else media box).</summary>
internal sealed record PdfPage(PdfDictionary Dictionary, PdfDictionary? Resources, PageBox? Box);
