namespace TemplateLibrary.Extraction.Templates;

/// <summary>A filled template: the new file and what was replaced.</summary>
public sealed record FilledTemplate
{
    /// <summary>The filled file, same format as the template.</summary>
    public required byte[] Content { get; init; }

    /// <summary>The format id (docx, odt, markdown).</summary>
    public required string Format { get; init; }

    /// <summary>The file extension to save it with, with its dot.</summary>
    public required string Extension { get; init; }

    /// <summary>The names of the fields that were given a value, with the number of places replaced.</summary>
    public required IReadOnlyDictionary<string, int> Replaced { get; init; }

    /// <summary>The fields left as they were, still marked in the file.</summary>
    public required IReadOnlyList<string> Unfilled { get; init; }

    /// <summary>The filled document's text, for a preview.</summary>
    public required string PreviewText { get; init; }
}
