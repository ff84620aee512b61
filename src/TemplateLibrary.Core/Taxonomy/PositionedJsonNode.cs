using System.Globalization;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>A JSON value that remembers the line and column it started at, so validation errors can point at it.</summary>
internal sealed class PositionedJsonNode
{
    public PositionedJsonNode(JsonNodeKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonNodeKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? StringValue { get; init; }

    public double NumberValue { get; init; }

    public bool BooleanValue { get; init; }

    /// <summary>Object members in file order.</summary>
    public List<KeyValuePair<string, PositionedJsonNode>> Members { get; } = [];

    /// <summary>Array items in file order.</summary>
    public List<PositionedJsonNode> Items { get; } = [];

    public string Where => string.Create(CultureInfo.InvariantCulture, $"line {Line}, position {Column}");

    public PositionedJsonNode? Member(string name)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Key, name, StringComparison.Ordinal))
            {
                return member.Value;
            }
        }

        return null;
    }
}
