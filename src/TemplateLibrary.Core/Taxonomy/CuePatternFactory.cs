using System.Text;
using System.Text.RegularExpressions;

namespace TemplateLibrary.Core.Taxonomy;

/// <summary>Turns literal phrases and regex text from the taxonomy file into matchers.</summary>
internal static class CuePatternFactory
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static TieredRegex FromRegex(string pattern, bool caseSensitive) =>
        new(new Regex(pattern, Options(caseSensitive), MatchTimeout));

    /// <summary>A literal phrase matches as whole words, ignoring case, with any run of spaces and either apostrophe.</summary>
    public static TieredRegex FromLiteral(string phrase, bool caseSensitive)
    {
        var trimmed = phrase.Trim();
        var builder = new StringBuilder();
        if (trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[0]))
        {
            builder.Append(@"(?<![\w])");
        }

        var lastWasSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(@"\s+");
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                '\'' or '\u2019' => "['\u2019]",
                '-' => @"[-\u2010\u2013\s]?",
                _ => Regex.Escape(c.ToString()),
            });
        }

        if (trimmed.Length > 0 && char.IsLetterOrDigit(trimmed[^1]))
        {
            builder.Append(@"(?![\w])");
        }

        return new TieredRegex(new Regex(builder.ToString(), Options(caseSensitive), MatchTimeout));
    }

    private static RegexOptions Options(bool caseSensitive) =>
        RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
}
