namespace TemplateLibrary.Web.Tests.Browser;

/// <summary>The browser tests share one chromium and one app: none of them changes the library.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
