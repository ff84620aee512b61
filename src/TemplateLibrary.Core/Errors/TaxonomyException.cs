namespace TemplateLibrary.Core.Errors;

/// <summary>The taxonomy data file is invalid; the message names the line and the problem.</summary>
public sealed class TaxonomyException : TemplateLibraryException
{
    /// <summary>Creates the error with its explanation.</summary>
    public TaxonomyException(string message)
        : base(message)
    {
    }
}
