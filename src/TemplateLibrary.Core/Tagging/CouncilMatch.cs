namespace TemplateLibrary.Core.Tagging;

/// <summary>A council named in the document, normalised ("Essex CC" becomes "Essex County Council").</summary>
/// <param name="Name">The council's name as the gazetteer writes it, or the normalised full name of a council it does not know.</param>
/// <param name="Evidence">The mentions as written, where and how often.</param>
public sealed record CouncilMatch(string Name, IReadOnlyList<TagEvidence> Evidence)
{
    /// <summary>The council's region id from the gazetteer (ONS region or nation), or null for a council it does not know.</summary>
    public string? Region { get; init; }
}
