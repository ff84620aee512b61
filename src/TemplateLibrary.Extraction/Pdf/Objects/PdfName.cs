namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>A PDF name object such as /Type; the value is kept without the slash.</summary>
internal sealed record PdfName(string Value)
{
    public override string ToString() => "/" + Value;
}
