using System.Globalization;
using System.Threading.RateLimiting;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Hosting;

// Limits on what attackers repeat: logging in and signing up (per client address, POSTs only; reading the form is
// free), posting comments and kudos, and the JSON API (every request: per token, or per address without one).
public static class RateLimits
{
    public const string Accounts = "accounts";
    public const string Responses = "responses";
    public const string Api = "api";

    public static void AddEncoreRateLimits(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Accounts, context => PerAddress(context, options.AccountAttemptsPerMinute));
            limiter.AddPolicy(Responses, context => PerAddress(context, options.ResponsesPerMinute));
            limiter.AddPolicy(Api, context => context.TokenSignIn() is { } token
                ? RateLimitPartition.GetFixedWindowLimiter("token:" + token.TokenId, _ => PerMinute(options.ApiRequestsPerMinutePerToken))
                : RateLimitPartition.GetFixedWindowLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => PerMinute(options.ApiRequestsPerMinutePerAddress)));
            limiter.OnRejected = async (rejected, ct) =>
            {
                // The pages show their 429 page; the API says when to come back, as a problem document.
                if (!rejected.HttpContext.Request.Path.StartsWithSegments(Encore.Web.Api.ApiV1.Root)) return;
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Encore.Web.Api.ApiProblems.Result(StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This {(rejected.HttpContext.TokenSignIn() == null ? "address" : "token")} has made too many requests; try again in {seconds} seconds.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
