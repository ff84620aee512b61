namespace TemplateLibrary.Web.Tests.Support;

/// <summary>Chooses the library the tests run against.</summary>
internal static class TestBackend
{
    /// <summary>Serves the corpus folder from memory (the ingest runs on first start like the real one).</summary>
    public static LibraryWebOptions Attach(LibraryWebOptions options)
    {
        var library = new FakeLibrary();
        return options with { Library = library, Ingestor = library };
    }
}
