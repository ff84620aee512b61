namespace TemplateLibrary.Search.Model;

/// <summary>A search that finds something when the one asked for finds nothing.</summary>
/// <param name="Description">What changes, for a person ("Leave out 'zeppelin'", "Remove the filter Type: MOU").</param>
/// <param name="Request">The search to run instead.</param>
/// <param name="Total">How many documents it finds.</param>
public sealed record SearchAlternative(string Description, SearchRequest Request, int Total);
