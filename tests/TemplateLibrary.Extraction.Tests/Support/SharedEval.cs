namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Finds the shared evaluation set by walking up from the test binaries.</summary>
internal static class SharedEval
{
    public static string? FindRealDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval");
            if (Directory.Exists(Path.Combine(candidate, "realdocs")))
            {
                return candidate;
            }
        }

        return null;
    }
}
