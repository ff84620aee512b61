using System.Text.RegularExpressions;

namespace TemplateLibrary.Extraction.Templates.Scanning;

/// <summary>The key two field names are compared by: lower case words, punctuation and spacing ignored.</summary>
internal static partial class FieldKey
{
    public static string Of(string name) =>
        string.Join(' ', Words().Matches(name.ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex(@"[\w£%]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
