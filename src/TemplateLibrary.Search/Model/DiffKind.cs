namespace TemplateLibrary.Search.Model;

/// <summary>What a piece of a text diff is.</summary>
public enum DiffKind
{
    /// <summary>In both texts.</summary>
    Same,

    /// <summary>Only in the current version.</summary>
    Added,

    /// <summary>Only in the earlier version.</summary>
    Removed,

    /// <summary>Unchanged text left out between changes ("…").</summary>
    Gap,
}
