namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Document paths as the judged set names them: relative to the library folder, forward slashes.</summary>
internal static class LibraryPath
{
    private const string LibraryFolder = "corpus/";

    /// <summary>The part after <c>corpus/</c> of a path the engine reports, whether absolute or relative.</summary>
    public static string Normalise(string path)
    {
        var slashed = path.Replace('\\', '/').Trim();
        var at = slashed.LastIndexOf("/" + LibraryFolder, StringComparison.Ordinal);
        if (at >= 0)
        {
            return slashed[(at + LibraryFolder.Length + 1)..];
        }

        return slashed.StartsWith(LibraryFolder, StringComparison.Ordinal) ? slashed[LibraryFolder.Length..] : slashed.TrimStart('/');
    }
}
