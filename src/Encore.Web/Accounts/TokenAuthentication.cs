using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Encore.People;

namespace Encore.Web.Accounts;

// Where personal access tokens are honoured, and how: the JSON API (a script sends "Authorization: Bearer TOKEN"),
// the OPDS catalog and the downloads its acquisition links lead to (an e-reader sends HTTP Basic with the token as
// the password, or as the user name with no password). A token signs the reader in exactly as the login form does
// (same Reader); without an Authorization header nothing changes. A header that does not hold a working token is
// refused with 401 and a challenge, so e-reader apps ask again rather than quietly showing the guest catalog.
public static class TokenAuthentication
{
    public const string Realm = "Encore";
    public const string Scheme = "AccessToken";
    private const string SignInKey = "encore.token";

    public enum Surface { None, Api, Catalog }

    public static TokenSignIn? TokenSignIn(this HttpContext context) =>
        context.Items.TryGetValue(SignInKey, out var t) ? t as TokenSignIn : null;

    public static Surface SurfaceOf(PathString path) =>
        path.StartsWithSegments("/api/v1") ? Surface.Api
        : path.StartsWithSegments(Links.OpdsRoot) || IsDownload(path) ? Surface.Catalog
        : Surface.None;

    public static IApplicationBuilder UseAccessTokens(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var surface = SurfaceOf(context.Request.Path);
        if (surface == Surface.None)
        {
            await next(context);
            return;
        }
        // The API knows people by their tokens only. Were the login cookie enough, any web page a signed-in reader
        // visited could post in their name (the API has no antiforgery tokens: scripts cannot fetch a form first).
        if (surface == Surface.Api) context.User = new ClaimsPrincipal(new ClaimsIdentity());
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            await next(context);
            return;
        }
        var tokens = context.RequestServices.GetRequiredService<AccessTokens>();
        if (await tokens.SignInAsync(Presented(header), context.RequestAborted) is not { } signIn)
        {
            await Challenge(context, surface, "The personal access token is not valid: it may be mistyped, revoked, or its account closed.")
                .ExecuteAsync(context);
            return;
        }
        context.Items[SignInKey] = signIn;
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, signIn.Reader.UserId!) };
        if (signIn.Reader.IsAdmin) claims.Add(new(ClaimTypes.Role, UserAccounts.AdminRole));
        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        context.SetReader(signIn.Reader);
        await next(context);
    });

    // The token in an Authorization header: Bearer TOKEN, or Basic with the token as the password (any user name) or
    // as the user name (apps with one field). Null when the header holds none.
    public static string? Presented(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || string.IsNullOrWhiteSpace(value.Parameter)) return null;
        if (value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return value.Parameter.Trim();
        if (!value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)) return null;
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter.Trim())); }
        catch (FormatException) { return null; }
        var colon = decoded.IndexOf(':');
        var (user, password) = colon < 0 ? (decoded, "") : (decoded[..colon], decoded[(colon + 1)..]);
        return AccessTokens.LooksLikeToken(password) ? password : AccessTokens.LooksLikeToken(user) ? user : null;
    }

    // 401 with the challenge each kind of client understands. The catalog's answer is OPDS's authentication document
    // (Authentication for OPDS 1.0), which tells apps such as Thorium what to ask for.
    public static IResult Challenge(HttpContext context, Surface surface, string detail)
    {
        if (surface == Surface.Api)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer realm=\"{Realm}\"";
            return Api.ApiProblems.Result(StatusCodes.Status401Unauthorized, "A personal access token is needed", detail);
        }
        context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\"";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Text(Catalog.OpdsAuthentication.Document(context.Request), Catalog.OpdsAuthentication.MediaType, Encoding.UTF8,
            StatusCodes.Status401Unauthorized);
    }

    private static bool IsDownload(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["works", var id, "download", _] && int.TryParse(id, out _);
    }
}
