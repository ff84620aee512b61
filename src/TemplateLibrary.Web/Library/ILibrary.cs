namespace TemplateLibrary.Web.Library;

/// <summary>What the web front end reads from the library: one seam over the search index.</summary>
internal interface ILibrary
{
    /// <summary>Runs a search; throws SearchQueryException for a query the user can fix.</summary>
    LibrarySearchResult Search(LibrarySearchQuery query);

    /// <summary>The document with this id, or null.</summary>
    LibraryDocument? GetDocument(string id);

    /// <summary>Documents like this one, best first.</summary>
    IReadOnlyList<LibrarySimilar> FindSimilar(string id, int limit);

    /// <summary>Completions for a prefix the user is typing.</summary>
    IReadOnlyList<string> Suggest(string prefix, int limit);

    /// <summary>Counts of documents for each pair of values of two facets.</summary>
    LibraryMatrix GetMatrix(string rowFacet, string columnFacet);

    /// <summary>How many documents the library holds.</summary>
    int CountDocuments();

    /// <summary>The display label of a facet value (the value itself when unknown).</summary>
    string Label(string facet, string value);
}
