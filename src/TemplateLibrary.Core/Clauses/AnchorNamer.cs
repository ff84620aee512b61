using System.Text;

namespace TemplateLibrary.Core.Clauses;

/// <summary>Names each segment's fragment id: <c>clause-12</c>, <c>clause-12-1-a</c>, <c>schedule-3-part-b</c>, <c>section-background</c>.</summary>
internal sealed class AnchorNamer
{
    private const int MaxSlugChars = 40;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Name(ClauseNode node, string? parentAnchor)
    {
        var name = node.Form switch
        {
            ClauseForm.Front => "front",
            ClauseForm.Clause when node.Number is { } number => (char.IsDigit(number[0]) ? "clause-" : string.Empty) + Slug(number),
            ClauseForm.Schedule or ClauseForm.Part when parentAnchor is null || node.Form == ClauseForm.Schedule => Slug(node.Number ?? node.Heading ?? "part"),
            ClauseForm.Section when parentAnchor is null => "section-" + Slug(node.Heading ?? "untitled"),
            _ => (parentAnchor ?? "section") + "-" + Slug(Local(node)),
        };

        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
        {
            unique = name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    /// <summary>The part of a child's number that its parent does not already say: "12.1" under clause 12 gives "1".</summary>
    private static string Local(ClauseNode node)
    {
        var number = node.Number;
        if (number is null)
        {
            return node.Heading ?? "untitled";
        }

        var dot = number.LastIndexOf('.');
        return node.Form == ClauseForm.Subclause && dot > 0 && char.IsDigit(number[0]) && node.Parent?.Form is ClauseForm.Clause or ClauseForm.Subclause
            ? number[(dot + 1)..]
            : number;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= MaxSlugChars)
            {
                break;
            }
        }

        return builder.ToString().Trim('-') is { Length: > 0 } slug ? slug : "x";
    }
}
