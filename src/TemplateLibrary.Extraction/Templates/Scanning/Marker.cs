namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>One placeholder found in a block.</summary>
/// <param name="Start">Its first character in the block text.</param>
/// <param name="Length">Its length, markers included.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Name">Its field name (for a blank, the name its label gives).</param>
/// <param name="Symbol">For a blank: the currency or percent sign inside it, if any.</param>
/// <param name="Known">Set for a field the format marks itself.</param>
internal sealed record Marker(int Start, int Length, MarkerKind Kind, string Name, string? Symbol, KnownMarker? Known = null)
{
    /// <summary>One past its last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the other marker lies inside this one.</summary>
    public bool Contains(Marker other) => other.Start >= Start && other.End <= End && other != this;
}
