using System.Text.Json;
using System.Text.RegularExpressions;
using Encore.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.Api;

// The OpenAPI document the archive serves describes every /api/v1 route the app maps, with its method, parameters,
// bodies and the token the writes need.
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_document_describes_every_mapped_api_route_and_which_need_a_write_token()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        var response = await archive.NewClient().GetAsync("/api/v1/openapi.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        Assert.Equal("Encore API", doc.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.GetProperty("paths");

        var mapped = archive.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/") && e.RoutePattern.RawText != "/api/v1/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: Regex.Replace(e.RoutePattern.RawText!, ":[^}]+}", "}"), Method: m.ToLowerInvariant(), Endpoint: e)))
            .ToList();
        Assert.True(mapped.Count >= 17, $"only {mapped.Count} API routes found");
        foreach (var (path, method, endpoint) in mapped)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the document");
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            var writes = endpoint.Metadata.GetMetadata<Encore.Web.Api.NeedsWriteToken>() != null;
            Assert.Equal(writes, operation.TryGetProperty("security", out _));
            if (writes) Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _));
        }
        Assert.Equal(mapped.Select(m => m.Path).Distinct().Order(), paths.EnumerateObject().Select(p => p.Name).Order());

        // The list filters are named as the HTML lists name them; posting takes a JSON body.
        var list = paths.GetProperty("/api/v1/works").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in new[] { "include", "exclude", "rating", "warning", "category", "complete", "crossover", "single_chapter", "words_from", "words_to",
            "updated_from", "updated_to", "language", "sort", "dir", "page", "per_page", "facets" })
            Assert.Contains(name, list);
        Assert.True(paths.GetProperty("/api/v1/works").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("token").GetProperty("scheme").GetString());
    }
}
