namespace TemplateLibrary.Core.Tagging;

/// <summary>What a piece of a written name is.</summary>
internal enum NameTokenKind
{
    /// <summary>A capitalised word.</summary>
    Word,

    /// <summary>A lower-case joining word ("and", "of", "upon") or "&amp;".</summary>
    Connector,

    /// <summary>A comma between list items.</summary>
    Comma,

    /// <summary>A single line break inside a name that wraps.</summary>
    LineBreak,
}
