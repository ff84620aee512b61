namespace TemplateLibrary.Extraction.Templates;

/// <summary>The fields found in one template, and whether the library can fill it.</summary>
public sealed record TemplateFields
{
    /// <summary>The format id (docx, odt, markdown, pdf…).</summary>
    public required string Format { get; init; }

    /// <summary>The fields, in order of first occurrence.</summary>
    public required IReadOnlyList<TemplateField> Fields { get; init; }

    /// <summary>Null when the template can be filled; else why not.</summary>
    public string? CannotFill { get; init; }
}
