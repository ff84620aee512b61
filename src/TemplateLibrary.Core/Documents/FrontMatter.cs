namespace TemplateLibrary.Core.Documents;

/// <summary>YAML front matter split off a text: its top-level keys (lower-cased) with their values, the body after it, and what was wrong with it.</summary>
public sealed record FrontMatter
{
    /// <summary>True when the text opens with a front matter block closed by a fence line.</summary>
    public bool Present { get; init; }

    /// <summary>Each key's values: one for a scalar, each item for a list, none for an empty or nested value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text after the front matter (the whole text when there is none).</summary>
    public required string Body { get; init; }

    /// <summary>Why the front matter could not be read (unclosed, not YAML, a repeated key), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The values of the first of the given keys that has any.</summary>
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
