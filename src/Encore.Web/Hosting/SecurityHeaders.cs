namespace Encore.Web.Hosting;

public static class SecurityHeaders
{
    // No inline script anywhere, and no inline styles either (reader settings are classes): creator HTML that slipped
    // past the sanitizer still could not run. Images may come from anywhere on the web, as AO3 allows in work text.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        await next(context);
    });
}
