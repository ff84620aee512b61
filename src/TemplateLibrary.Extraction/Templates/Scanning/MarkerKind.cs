namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>How a placeholder is written.</summary>
internal enum MarkerKind
{
    /// <summary><c>[name]</c>.</summary>
    Bracket,

    /// <summary><c>[ ]</c>, <c>____</c>, <c>……</c>: named after its label.</summary>
    Blank,

    /// <summary><c>{{name}}</c>.</summary>
    Curly,

    /// <summary><c>«name»</c>.</summary>
    Guillemet,

    /// <summary>A Word MERGEFIELD.</summary>
    MergeField,

    /// <summary>A Word content control or an ODF placeholder field.</summary>
    ContentControl,
}
