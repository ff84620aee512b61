namespace TemplateLibrary.Core.Errors;

/// <summary>A query the user can fix: HTTP 400, CLI exit code 2.</summary>
public sealed class SearchQueryException : TemplateLibraryException
{
    /// <summary>Creates the error with a one-line explanation.</summary>
    public SearchQueryException(string message)
        : base(message)
    {
    }
}
