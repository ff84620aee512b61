namespace TemplateLibrary.Web.Tests.Support;

/// <summary>Chooses the library the tests run against.</summary>
internal static class TestBackend
{
    /// <summary>The real index and pipeline: the app ingests the corpus copy on first start.</summary>
    public static LibraryWebOptions Attach(LibraryWebOptions options) => options;
}
