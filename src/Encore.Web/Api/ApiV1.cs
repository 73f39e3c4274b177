using Encore.People;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace Encore.Web.Api;

// Marks the endpoints that change the archive: they need a personal access token with write access.
public sealed class NeedsWriteToken;

// The JSON API under /api/v1: minimal-API groups over the same core services as the pages. People are known by
// personal access token only (TokenAuthentication); reads work without one, as a guest. Every answer that is not a
// success is a problem document (RFC 7807), rate limits apply per token and per address (RateLimits.Api), and the
// OpenAPI document at /api/v1/openapi.json describes every route.
public static class ApiV1
{
    public const string Root = "/api/v1";

    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Root).RequireRateLimiting(RateLimits.Api);
        api.MapWorkLists().WithTags("Works");
        api.MapWorkReading().WithTags("Works");
        api.MapTags().WithTags("Tags");
        api.MapUsers().WithTags("Users");
        var writes = api.MapGroup("").WithMetadata(new NeedsWriteToken());
        writes.MapPosting().WithTags("Posting");
        writes.MapResponses().WithTags("Responses");
        return app;
    }

    // Runs once the token is read, the route chosen and the request counted against its rate limit: refuses writes
    // without a write token, and turns every error the framework answers with an empty body (a route that does not exist, a body that
    // cannot be read, an exception) into a problem document rather than the HTML error pages the site shows people.
    public static IApplicationBuilder UseApiV1(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(Root))
        {
            await next(context);
            return;
        }
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        if (context.GetEndpoint()?.Metadata.GetMetadata<NeedsWriteToken>() != null)
        {
            var refusal = context.TokenSignIn() switch
            {
                null => TokenAuthentication.Challenge(context, TokenAuthentication.Surface.Api,
                    "Changing the archive needs a personal access token with write access: Authorization: Bearer TOKEN."),
                { Scope: not TokenScope.Write } => ApiProblems.Forbidden("This token is read only; make one with write access on your token page."),
                _ => null,
            };
            if (refusal != null)
            {
                await refusal.ExecuteAsync(context);
                return;
            }
        }
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiV1)).LogError(e, "The API failed on {Path}", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400)
            await ApiProblems.Result(context.Response.StatusCode, Title(context.Response.StatusCode)).ExecuteAsync(context);
    });

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read (check that the body is JSON of the documented shape)",
        StatusCodes.Status404NotFound => "There is no such address in the API",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that method",
        StatusCodes.Status413PayloadTooLarge => "The request is too large",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json",
        StatusCodes.Status500InternalServerError => "Something went wrong on the archive's side",
        _ => "The request failed",
    };
}
