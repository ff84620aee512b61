namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>A PDF string object: raw bytes, decoded by whoever knows the encoding.</summary>
internal sealed class PdfString(byte[] bytes)
{
    public byte[] Bytes { get; set; } = bytes;

    public override string ToString() => TextDecoding.DecodeTextString(Bytes);
}
