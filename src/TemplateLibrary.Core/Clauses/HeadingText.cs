namespace TemplateLibrary.Core.Clauses;

/// <summary>Tells a heading ("Termination", "COST SHARING", "Definitions and interpretation") from a line of running text.</summary>
internal static class HeadingText
{
    private const int MaxChars = 110;
    private const int MaxWords = 14;

    public static bool IsHeading(string text)
    {
        text = text.Trim();
        if (text.Length is 0 or > MaxChars || !(char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '\u201c' or '\''))
        {
            return false;
        }

        // A heading does not end as a sentence or a list lead-in does.
        if (text[^1] is '.' or ';' or ',' or ':')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords;
    }

    /// <summary>True when the letters of the text are all capitals ("EXECUTION").</summary>
    public static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
