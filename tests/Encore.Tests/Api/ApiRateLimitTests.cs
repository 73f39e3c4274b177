using System.Net;
using Encore.People;
using Encore.Tests.Support;

namespace Encore.Tests.Api;

// The API's limits: each token has its own allowance, requests without a token share their address's, and a request
// over the limit gets 429 as a problem document with Retry-After.
public sealed class ApiRateLimitTests
{
    [Fact]
    public async Task Each_token_and_each_address_without_a_token_has_its_own_allowance()
    {
        await using var archive = await TestArchive.StartAsync(samples: false,
            configure: o => o with { ApiRequestsPerMinutePerToken = 3, ApiRequestsPerMinutePerAddress = 5 });
        await archive.CreateUserAsync("reader");
        var first = archive.Bearer(await archive.CreateAsync("reader", TokenScope.Read, "first"));
        var second = archive.Bearer(await archive.CreateAsync("reader", TokenScope.Write, "second"));

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/works")).StatusCode);
        var refused = await first.GetAsync("/api/v1/works");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("token", await refused.Content.ReadAsStringAsync());
        var retry = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retry, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        // Writes count against the same allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostAsync("/api/v1/works/1/kudos", null)).StatusCode);

        // Another token, and requests without one, are not held back by the first token's use.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/works")).StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await archive.NewClient().GetAsync("/api/v1/works")).StatusCode);
        var guest = await archive.NewClient().GetAsync("/api/v1/works");
        Assert.Equal(HttpStatusCode.TooManyRequests, guest.StatusCode);
        Assert.NotNull(guest.Headers.RetryAfter);
        // The pages are not the API's business.
        Assert.Equal(HttpStatusCode.OK, (await archive.NewClient().GetAsync("/works")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/works")).StatusCode);
    }
}
