namespace TemplateLibrary.Core.Errors;

/// <summary>A template cannot be read or filled as asked (unknown field, format that cannot be rewritten): HTTP 400, CLI exit code 2.</summary>
public sealed class TemplateException : TemplateLibraryException
{
    /// <summary>Creates the error with a one-line explanation.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a one-line explanation and the cause.</summary>
    public TemplateException(string message, Exception? inner)
        : base(message, inner)
    {
    }
}
