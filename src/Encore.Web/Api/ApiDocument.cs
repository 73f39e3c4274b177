using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Encore.Web.Api;

// The OpenAPI document at /api/v1/openapi.json, made by ASP.NET Core from the endpoints' own metadata (routes,
// parameters, bodies, answers), so it cannot drift from what the API does. Only /api/v1 is described; the feeds, the
// catalog and the pages are not an API.
public static class ApiDocument
{
    public const string Path = ApiV1.Root + "/openapi.json";
    private const string TokenScheme = "token";

    public static IServiceCollection AddEncoreApiDocument(this IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Encore API",
                Version = "v1",
                Description = "Works, tags, creators and bookmarks of an Encore archive, with the same filters, sorts and visibility as its pages. " +
                    "Reading needs no token (a guest sees what a guest sees); a personal access token (Authorization: Bearer TOKEN, made on " +
                    "/account/tokens) reads as its owner, and one with write access also posts. Errors are RFC 7807 problem documents.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "A personal access token (encore_KEY_SECRET). Read-only tokens read as their owner; writes need write access.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests: see Retry-After." });
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<NeedsWriteToken>().Any())
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, context.Document)] = [] }];
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No personal access token, or one that does not work." });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "A read-only token, or someone else's work." });
            }
            return Task.CompletedTask;
        });
    });

    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(Path);
        return app;
    }
}
