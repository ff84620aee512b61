namespace TemplateLibrary.Web.Tests.Browser;

/// <summary>One chromium and one app for the browser tests that do not change the library (the librarian test, which does, has its own).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
