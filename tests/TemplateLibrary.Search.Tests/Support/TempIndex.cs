using TemplateLibrary.Search.Model;

namespace TemplateLibrary.Search.Tests.Support;

/// <summary>An index in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(LibraryIndexOptions? options = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "templib-search-tests", Guid.NewGuid().ToString("N"));
        Index = LibraryIndex.Open(Directory, options);
    }

    public string Directory { get; }

    public LibraryIndex Index { get; private set; }

    public LibraryIndex Reopen(LibraryIndexOptions? options = null)
    {
        Index.Dispose();
        Index = LibraryIndex.Open(Directory, options);
        return Index;
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may linger briefly; the temp folder is cleaned by the OS.
        }
    }
}
