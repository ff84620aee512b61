namespace TemplateLibrary.Core.Errors;

/// <summary>No document has the given id: HTTP 404, CLI exit code 1.</summary>
public sealed class DocumentNotFoundException : TemplateLibraryException
{
    /// <summary>Creates the error for the id that was not found.</summary>
    public DocumentNotFoundException(string id)
        : base($"no document with id '{id}'")
    {
        Id = id;
    }

    /// <summary>The id that was asked for.</summary>
    public string Id { get; }
}
