namespace TemplateLibrary.Web.Library;

/// <summary>The order of search results.</summary>
internal enum LibrarySort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Date,

    /// <summary>By title, A to Z.</summary>
    Title,
}
