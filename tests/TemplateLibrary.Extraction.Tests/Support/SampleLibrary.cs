namespace TemplateLibrary.Extraction.Tests.Support;

/// <summary>Finds the repository's sample library (corpus/) and its sources by walking up from the test binaries.</summary>
internal static class SampleLibrary
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (System.IO.File.Exists(Path.Combine(candidate, "manifest.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The Markdown sources the sample library is built from (tools/CorpusBuilder/sources).</summary>
    public static string SourcesFolder() => Path.Combine(Folder(), "..", "tools", "CorpusBuilder", "sources");

    /// <summary>The sample library file of that name, in whichever document-type folder holds it.</summary>
    public static string File(string fileName) =>
        Directory.EnumerateFiles(Folder(), fileName, SearchOption.AllDirectories).Single();
}
