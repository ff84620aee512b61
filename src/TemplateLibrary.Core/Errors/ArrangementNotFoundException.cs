namespace TemplateLibrary.Core.Errors;

/// <summary>No arrangement of the partnerships directory has the given id: HTTP 404, CLI exit code 1.</summary>
public sealed class ArrangementNotFoundException : TemplateLibraryException
{
    /// <summary>Creates the error for the id that was not found.</summary>
    public ArrangementNotFoundException(string id)
        : base($"no arrangement with id '{id}'")
    {
        Id = id;
    }

    /// <summary>The id that was asked for.</summary>
    public string Id { get; }
}
