namespace TemplateLibrary.Core.Errors;

/// <summary>An export the user can fix (an unknown format, a bundle too large to make): HTTP 400, CLI exit code 2.</summary>
public sealed class ExportException : TemplateLibraryException
{
    /// <summary>Creates the error with a one-line explanation.</summary>
    public ExportException(string message)
        : base(message)
    {
    }
}
