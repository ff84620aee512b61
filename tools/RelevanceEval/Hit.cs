namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>One result of a search: its library path and its grade, or null when the document was not judged for the query.</summary>
internal sealed record Hit(string Path, int? Grade)
{
    /// <summary>The gain of the hit: an unjudged document counts as not relevant.</summary>
    public int Gain => Grade ?? 0;
}
