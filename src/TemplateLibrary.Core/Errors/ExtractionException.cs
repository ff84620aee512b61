namespace TemplateLibrary.Core.Errors;

/// <summary>A file could not be read; the message is a reason a librarian understands.</summary>
public sealed class ExtractionException : TemplateLibraryException
{
    /// <summary>Creates the error with its reason.</summary>
    public ExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its reason and the cause.</summary>
    public ExtractionException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
