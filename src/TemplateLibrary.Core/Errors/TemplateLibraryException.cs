namespace TemplateLibrary.Core.Errors;

/// <summary>The base of every error the product reports to a user in its own words.</summary>
public abstract class TemplateLibraryException : Exception
{
    /// <summary>Creates the error with its one-line message.</summary>
    protected TemplateLibraryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its one-line message and the cause.</summary>
    protected TemplateLibraryException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
