namespace TemplateLibrary.Cli.Composition;

/// <summary>Finds the sample library: `corpus/` holding a manifest, here or in a folder above.</summary>
internal static class CorpusLocator
{
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.csv")))
            {
                return candidate;
            }
        }

        return null;
    }
}
