using System.Security.Claims;
using Encore.Data;
using Encore.People;

namespace Encore.Web.Accounts;

// Works out who is reading, once per request: a guest, or a user with their mutes, blocklist and settings.
public static class ReaderLoader
{
    private const string Key = "encore.reader";

    public static Reader Reader(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var r) && r is Reader reader ? reader : People.Reader.Guest;

    // A personal access token has already built the reader (TokenAuthentication).
    public static void SetReader(this HttpContext context, Reader reader) => context.Items[Key] = reader;

    public static IApplicationBuilder UseReader(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Items.ContainsKey(Key) && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var db = context.RequestServices.GetRequiredService<EncoreDb>();
            context.Items[Key] = await LoadAsync(db, userId, context.User.IsInRole(UserAccounts.AdminRole), context.RequestAborted);
        }
        await next(context);
    });

    public static Task<Reader> LoadAsync(EncoreDb db, string userId, bool isAdmin, CancellationToken ct) =>
        ReaderLoading.LoadAsync(db, userId, isAdmin, ct);
}
