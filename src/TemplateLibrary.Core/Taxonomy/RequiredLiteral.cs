namespace TemplateLibrary.Core.Taxonomy;

/// <summary>
/// Finds a run of letters every match of a regex cue must contain, so a text without it is not searched with the whole
/// pattern. Conservative: only letters written at the top level of a pattern with no top-level alternation and no
/// inline options, outside groups, classes and escapes, and not made optional by a quantifier.
/// </summary>
internal static class RequiredLiteral
{
    private const int Shortest = 3;

    /// <summary>The longest such run of at least three letters, or null when the pattern has none.</summary>
    public static string? Of(string pattern)
    {
        if (pattern.Contains("(?", StringComparison.Ordinal) && HasInlineOptions(pattern))
        {
            return null;
        }

        string? best = null;
        var depth = 0;
        var run = new System.Text.StringBuilder();
        void EndRun(bool lastOptional)
        {
            if (lastOptional && run.Length > 0)
            {
                run.Length--;
            }

            if (run.Length >= Shortest && (best is null || run.Length > best.Length))
            {
                best = run.ToString();
            }

            run.Clear();
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    EndRun(false);
                    i++;
                    continue;
                case '[':
                    EndRun(false);
                    i = EndOfClass(pattern, i);
                    continue;
                case '(':
                    EndRun(false);
                    depth++;
                    continue;
                case ')':
                    depth--;
                    continue;
                case '|' when depth == 0:
                    return null;
                case '?' or '*' or '+' or '{' when depth == 0:
                    EndRun(true);
                    continue;
            }

            if (depth == 0 && c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                run.Append(c);
            }
            else
            {
                EndRun(false);
            }
        }

        EndRun(false);
        return best;
    }

    private static bool HasInlineOptions(string pattern)
    {
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            var next = at + 2 < pattern.Length ? pattern[at + 2] : ')';
            if (next is 'i' or 'm' or 'n' or 's' or 'x' or '-')
            {
                return true;
            }
        }

        return false;
    }

    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        // A ']' first in the class is a literal.
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return pattern.Length;
    }
}
