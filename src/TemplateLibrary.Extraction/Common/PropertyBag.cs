namespace TemplateLibrary.Extraction.Common;

/// <summary>Creates the case-insensitive property dictionaries kept in metadata.</summary>
internal static class PropertyBag
{
    public static Dictionary<string, string> Create() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a property under its lower-cased name, ignoring blanks; the first value wins.</summary>
    public static void Add(Dictionary<string, string> properties, string? name, string? value)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        properties.TryAdd(name.Trim().ToLowerInvariant(), value.Trim());
    }
}
