namespace TemplateLibrary.Search.Analysis;

/// <summary>The English stemmer of the analyzer.</summary>
internal enum Stemmer
{
    /// <summary>Porter's algorithm: aggressive ("organisation" and "organ" meet).</summary>
    Porter = 0,

    /// <summary>Krovetz's: light, dictionary-checked ("organisation" stays apart from "organ").</summary>
    KStem = 1,
}
