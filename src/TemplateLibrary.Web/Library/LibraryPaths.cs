using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Web.Library;

/// <summary>Shows file paths relative to the library root, so no response or export reveals where the server keeps its files.</summary>
public sealed class LibraryPaths(string root)
{
    /// <summary>The library root, full and without a trailing separator.</summary>
    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The path relative to the root with '/' separators; a file outside the root shows only its name.</summary>
    public string Relative(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(full)
            : relative.Replace('\\', '/');
    }

    /// <summary>A message with every mention of the root (or a folder in it) made relative.</summary>
    public string Redact(string message) =>
        message.Replace(Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(Root, ".", StringComparison.Ordinal);

    /// <summary>The response with each hit's path relative.</summary>
    public SearchResponse Relative(SearchResponse response) =>
        response with { Results = [.. response.Results.Select(h => h with { Path = Relative(h.Path) })] };

    /// <summary>The details with every path relative.</summary>
    public DocumentDetails Relative(DocumentDetails details) => details with
    {
        Document = details.Document with
        {
            Path = Relative(details.Document.Path),
            Paths = [.. details.Document.Paths.Select(Relative)],
        },
        Similar = [.. details.Similar.Select(s => s with { Path = Relative(s.Path) })],
        NearDuplicates = [.. details.NearDuplicates.Select(n => n with { Path = Relative(n.Path) })],
    };
}
