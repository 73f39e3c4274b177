using System.Security.Cryptography;
using Encore.Web.Accounts;
using Microsoft.Net.Http.Headers;

namespace Encore.Web.Catalog;

// Sends a feed or catalog document with validators, so a feed reader polling every hour mostly gets 304 Not Modified.
// The ETag hashes the bytes: it changes with anything in the document (a work hidden or deleted included), which
// Last-Modified alone would miss, so If-Modified-Since is not used to answer 304.
public static class FeedResponse
{
    public static IResult Send(HttpContext context, byte[] body, string contentType, DateTime updated)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = DateTime.SpecifyKind(updated, DateTimeKind.Utc);
        // A signed-in reader's feed holds restricted works and follows their blocklist: never for a shared cache.
        context.Response.Headers.CacheControl = context.Reader().SignedIn ? "private, no-cache" : "public, max-age=300";
        context.Response.Headers.Vary = "Cookie, Authorization";
        var match = context.Request.GetTypedHeaders().IfNoneMatch;
        if (match.Any(m => m.Tag == "*" || m.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, contentType);
    }
}
