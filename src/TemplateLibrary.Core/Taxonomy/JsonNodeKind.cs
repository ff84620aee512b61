namespace TemplateLibrary.Core.Taxonomy;

/// <summary>The kind of a value in the taxonomy file.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
