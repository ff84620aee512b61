namespace TemplateLibrary.Core.Errors;

/// <summary>A librarian's manifest or metadata file is invalid; nothing was written.</summary>
public sealed class ManifestException : TemplateLibraryException
{
    /// <summary>Creates the error with every problem found, one per line.</summary>
    public ManifestException(string message)
        : base(message)
    {
    }
}
