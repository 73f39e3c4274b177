using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Encore.Web.Hosting;

// Limits on what attackers repeat: logging in and signing up (per client address, POSTs only; reading the form is
// free), and posting comments and kudos.
public static class RateLimits
{
    public const string Accounts = "accounts";
    public const string Responses = "responses";

    public static void AddEncoreRateLimits(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Accounts, context => PerAddress(context, options.AccountAttemptsPerMinute));
            limiter.AddPolicy(Responses, context => PerAddress(context, options.ResponsesPerMinute));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
