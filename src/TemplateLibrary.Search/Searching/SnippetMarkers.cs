namespace TemplateLibrary.Search.Searching;

/// <summary>Private-use characters reserved as match markers; stripped from indexed text so no document can carry (or forge) one.</summary>
internal static class SnippetMarkers
{
    /// <summary>Starts a match.</summary>
    public const char Open = '\uE000';

    /// <summary>Ends a match.</summary>
    public const char Close = '\uE001';

    /// <summary>The text without marker characters.</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Open, Close) < 0
            ? text
            : text.Replace(Open.ToString(), string.Empty, StringComparison.Ordinal)
                .Replace(Close.ToString(), string.Empty, StringComparison.Ordinal);
}
