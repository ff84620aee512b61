namespace TemplateLibrary.Core.Clauses;

/// <summary>A segment being built: its first and last lines, its rank and its parent.</summary>
internal sealed class ClauseNode
{
    public ClauseNode(int firstLine, PlannedStart start, ClauseNode? parent)
    {
        FirstLine = firstLine;
        LastLine = firstLine;
        Form = start.Form;
        Number = start.Number;
        Heading = start.Heading;
        Rank = start.Rank;
        Parent = parent;
    }

    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    public ClauseForm Form { get; set; }

    public string? Number { get; set; }

    public string? Heading { get; set; }

    public int Rank { get; }

    public ClauseNode? Parent { get; }

    public int Children { get; set; }

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;
}
