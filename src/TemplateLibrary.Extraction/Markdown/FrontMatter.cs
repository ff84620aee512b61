namespace TemplateLibrary.Extraction.Markdown;

/// <summary>The front matter of a Markdown file: lower-cased keys with one or more values, and the body after it.</summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, string Body)
{
    /// <summary>The first of the given keys that has a value.</summary>
    public IReadOnlyList<string>? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (Values.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values;
            }
        }

        return null;
    }
}
