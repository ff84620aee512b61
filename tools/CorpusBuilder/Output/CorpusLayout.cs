using TemplateLibrary.Tools.CorpusBuilder.Sources;

namespace TemplateLibrary.Tools.CorpusBuilder.Output;

/// <summary>Where the builder reads and writes, relative to the repository root.</summary>
internal sealed record CorpusLayout(string RepositoryRoot)
{
    public string SourcesDirectory => Path.Combine(RepositoryRoot, "tools", "CorpusBuilder", "sources");

    public string CorpusDirectory => Path.Combine(RepositoryRoot, "corpus");

    public string ManifestPath => Path.Combine(CorpusDirectory, "manifest.csv");

    /// <summary>The folders the builder owns and empties on every build: one per document type.</summary>
    public IEnumerable<string> OwnedDirectories => Taxonomy.Types.Select(t => Path.Combine(CorpusDirectory, t));

    public string PathOf(SourceDocument document) =>
        Path.Combine(CorpusDirectory, document.CorpusPath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Finds the repository root: <paramref name="explicitRoot"/>, or the nearest folder upwards holding TemplateLibrary.sln.</summary>
    public static CorpusLayout Locate(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            return new CorpusLayout(Path.GetFullPath(explicitRoot));
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TemplateLibrary.sln")))
            {
                return new CorpusLayout(directory.FullName);
            }
        }

        throw new DirectoryNotFoundException("TemplateLibrary.sln not found above the current folder; pass --root DIR.");
    }
}
