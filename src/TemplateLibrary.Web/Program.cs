namespace TemplateLibrary.Web;

/// <summary>Runs the web front end with index/ and corpus/ from the repository root (or the current folder).</summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        var root = FindRoot(Directory.GetCurrentDirectory());
        var options = new LibraryWebOptions
        {
            IndexDirectory = Path.Combine(root, "index"),
            CorpusDirectory = Path.Combine(root, "corpus"),
        };
        using var app = LibraryWebApp.Build(options, args);
        app.Run();
    }

    // Walks up to the folder holding TemplateLibrary.sln, so `dotnet run --project src/TemplateLibrary.Web` finds index/ and corpus/.
    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TemplateLibrary.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
