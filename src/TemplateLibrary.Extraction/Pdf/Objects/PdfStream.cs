namespace TemplateLibrary.Extraction.Pdf.Objects;

/// <summary>A stream object: its dictionary and its still-encoded bytes.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, byte[] rawData)
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public byte[] RawData { get; set; } = rawData;

    /// <summary>The decoded bytes once computed, so shared forms and fonts decode once.</summary>
    public byte[]? Decoded { get; set; }
}
