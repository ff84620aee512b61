using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TemplateLibrary.Web.Tests.Support;

namespace TemplateLibrary.Web.Tests.Api;

public sealed partial class OpenApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task OpenApiDocument_Served_ListsEveryRouteWithItsMethods()
    {
        using var json = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        json.RootElement.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = json.RootElement.GetProperty("paths");
        var described = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var routes = Routes(fixture.App.Services);
        routes.Should().NotBeEmpty();
        described.Should().Contain(routes);
    }

    [Fact]
    public async Task OpenApiDocument_Export_DescribesItsFormatParameter()
    {
        using var json = JsonDocument.Parse(await fixture.App.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var export = json.RootElement.GetProperty("paths").GetProperty("/api/export").GetProperty("get");
        export.GetProperty("parameters").EnumerateArray()
            .Should().Contain(p => p.GetProperty("name").GetString() == "format" && p.GetProperty("in").GetString() == "query");
    }

    // Every mapped route of the app with its methods, as OpenAPI writes them ("GET /api/documents/{id}"); the static
    // files and the description itself are not API routes.
    private static List<string> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .Select(e => (Pattern: "/" + Constraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "{$1}"), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods))
            .Where(e => !e.Pattern.StartsWith("/openapi/", StringComparison.Ordinal) && !e.Pattern.Contains('.', StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Where(m => m != "HEAD").Select(m => $"{m} {e.Pattern}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
