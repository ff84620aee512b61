namespace TemplateLibrary.Search.Partnerships;

/// <summary>Documents being grouped into one arrangement: its main service, the partners that key it and its documents.</summary>
internal sealed class DocumentGroup(string category, IReadOnlyList<string> partners, bool keyedByCouncils)
{
    public string Category { get; } = category;

    /// <summary>The partners that key the group, sorted: its councils, or one council and other bodies.</summary>
    public IReadOnlyList<string> Partners { get; } = partners;

    /// <summary>True when two or more councils key it (not one council and other bodies).</summary>
    public bool KeyedByCouncils { get; } = keyedByCouncils;

    public List<DocumentFacts> Documents { get; } = [];

    public string Key => Category + "\n" + string.Join('\n', Partners);
}
