namespace TemplateLibrary.Search.Model;

/// <summary>The order of search results.</summary>
public enum SearchSort
{
    /// <summary>Best match first; without a text query, newest first.</summary>
    Relevance = 0,

    /// <summary>Newest year first, then latest file change.</summary>
    Date = 1,

    /// <summary>Title A to Z.</summary>
    Title = 2,
}
