using TemplateLibrary.Core.Errors;

namespace TemplateLibrary.Web.Librarian;

/// <summary>A correction that cannot be made: an unknown facet or value (the message lists the allowed ones), or nothing to accept.</summary>
public sealed class CorrectionException : TemplateLibraryException
{
    /// <summary>Creates the error with its one-line message.</summary>
    public CorrectionException(string message)
        : base(message)
    {
    }
}
