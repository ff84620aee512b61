namespace TemplateLibrary.Extraction.Templates;

/// <summary>One field of a template: every placeholder with the same name is the same field.</summary>
public sealed record TemplateField
{
    /// <summary>The name, as first written (a blank is named after its label).</summary>
    public required string Name { get; init; }

    /// <summary>The guessed kind of value.</summary>
    public required TemplateFieldType Type { get; init; }

    /// <summary>How it is marked: bracket, blank, curly, guillemet, merge-field or content-control.</summary>
    public required string Kind { get; init; }

    /// <summary>Every place it occurs, in document order.</summary>
    public required IReadOnlyList<FieldOccurrence> Occurrences { get; init; }
}
