using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TemplateLibrary.Core.Taxonomy;
using TemplateLibrary.Web.Hosting;

namespace TemplateLibrary.Web.Tests.Hosting;

public sealed class LibraryErrorsTests
{
    [Fact]
    public async Task TryHandleAsync_UnexpectedErrorForABrowser_IsAnHtml500Page()
    {
        var context = NewContext("/documents/x", "text/html");
        var errors = new LibraryErrors(Taxonomy.LoadDefault(), NullLogger<LibraryErrors>.Instance);

        var handled = await errors.TryHandleAsync(context, new InvalidOperationException("boom"), CancellationToken.None);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(500);
        context.Response.ContentType.Should().StartWith("text/html");
        var body = ((MemoryStream)context.Response.Body).ToArray();
        System.Text.Encoding.UTF8.GetString(body).Should().Contain("Something went wrong").And.NotContain("boom");
    }

    [Fact]
    public async Task TryHandleAsync_UnexpectedErrorForTheApi_IsLeftToTheProblemDetails()
    {
        var context = NewContext("/api/search", "text/html");
        var errors = new LibraryErrors(Taxonomy.LoadDefault(), NullLogger<LibraryErrors>.Instance);

        var handled = await errors.TryHandleAsync(context, new InvalidOperationException("boom"), CancellationToken.None);

        handled.Should().BeFalse();
    }

    private static DefaultHttpContext NewContext(string path, string accept)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Path = path;
        context.Request.Headers.Accept = accept;
        context.Response.Body = new MemoryStream();
        return context;
    }
}
