using Encore.Community;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Encore.Web.Hosting;
using Encore.Works;

namespace Encore.Web.Community;

public static class CommunityServices
{
    public static void AddEncoreCommunity(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddSingleton(VisitorKeys.FromFile(options.VisitorKeyFile ?? DefaultKeyFile(options.Database)));
        services.AddSingleton<HitPruning>();
        services.AddScoped<KudosGiving>();
        services.AddScoped<Commenting>();
        services.AddScoped<Bookmarking>();
        services.AddScoped<Subscribing>();
        services.AddScoped<WorkUpdates>();
        services.AddScoped<ReadingHistory>();
        services.AddScoped<WorkHits>();
    }

    // Beside the SQLite file (the archive's own folder); for PostgreSQL, in the user's application data.
    private static string DefaultKeyFile(DatabaseSettings db) => db.Provider == DatabaseProvider.Sqlite
        ? Path.Combine(Path.GetDirectoryName(db.Target)!, VisitorKeys.FileName)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Encore", VisitorKeys.FileName);

    // The keyed hash of this request's address: a guest's identity for kudos and hits.
    public static string GuestKey(this HttpContext context) =>
        context.RequestServices.GetRequiredService<VisitorKeys>().ForAddress(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    // Opening a work page: a hit (once a day per visitor, not for its creators) and, for a signed-in reader, history.
    // Counts the hit (the work's Hits goes up by one in memory too, so the page shows this visit) and, for a signed-in
    // reader, records the visit in their history.
    public static async Task RecordVisitAsync(this HttpContext context, Work work, int? chapterId)
    {
        var reader = context.Reader();
        var services = context.RequestServices;
        var creators = work.Creators.Where(c => c.Pseud != null).Select(c => c.Pseud!.UserId).ToList();
        if (await services.GetRequiredService<WorkHits>().CountAsync(work.Id, reader.UserId ?? context.GuestKey(), creators, reader.UserId, context.RequestAborted))
            work.Hits++;
        if (reader.SignedIn && !work.IsDraft)
            await services.GetRequiredService<ReadingHistory>().RecordAsync(reader.UserId!, work.Id, chapterId, context.RequestAborted);
    }
}
