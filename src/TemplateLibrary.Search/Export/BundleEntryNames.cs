namespace TemplateLibrary.Search.Export;

/// <summary>Gives each file of a bundle its own entry name: its path relative to the library root, with " (2)", " (3)"…
/// before the extension when two would clash (files outside the root keep only their name), ignoring case so the
/// bundle unzips the same on Windows.</summary>
internal sealed class BundleEntryNames
{
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts with <paramref name="reserved"/> already taken.</summary>
    public BundleEntryNames(params string[] reserved)
    {
        taken.UnionWith(reserved);
    }

    /// <summary>A name for the relative path no earlier file has.</summary>
    public string Claim(string relativePath)
    {
        var name = relativePath.Replace('\\', '/').TrimStart('/');
        if (taken.Add(name))
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem} ({n}){extension}";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
