using System.Globalization;
using System.Text;

namespace TemplateLibrary.Search.Querying;

/// <summary>Splits text into the runs of letters and digits the FTS tokenizer indexes.</summary>
internal static class TokenRuns
{
    /// <summary>The runs of letters, digits and combining marks, in order; never empty strings.</summary>
    public static List<string> Split(string text)
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsTokenRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            runs.Add(current.ToString());
        }

        return runs;
    }

    /// <summary>True for characters unicode61 keeps inside a token (private-use ones are stripped before indexing).</summary>
    public static bool IsTokenRune(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
