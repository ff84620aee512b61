namespace TemplateLibrary.Tools.CorpusBuilder.Conversion;

/// <summary>Thrown when an external converter fails or leaves out a file it should have written.</summary>
internal sealed class ConversionException : Exception
{
    public ConversionException()
    {
    }

    public ConversionException(string message)
        : base(message)
    {
    }

    public ConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
