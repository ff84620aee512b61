namespace TemplateLibrary.Extraction.Pdf.Parsing;

/// <summary>Where an object lives: at a byte offset, or at an index inside an object stream.</summary>
internal readonly record struct XrefEntry(long Offset, int StreamNumber, int IndexInStream, int Generation)
{
    public bool InObjectStream => StreamNumber > 0;

    public static XrefEntry AtOffset(long offset, int generation) => new(offset, 0, 0, generation);

    public static XrefEntry InStream(int streamNumber, int index) => new(0, streamNumber, index, 0);
}
