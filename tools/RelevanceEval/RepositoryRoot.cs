namespace TemplateLibrary.Tools.RelevanceEval;

/// <summary>Finds the repository by walking up from the current directory to TemplateLibrary.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
            {
                return dir.FullName;
            }
        }

        throw new UsageException("run from inside the repository (no TemplateLibrary.sln above the current directory)");
    }
}
