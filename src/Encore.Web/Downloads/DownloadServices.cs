using Encore.Data;
using Encore.Export;
using Encore.Web.Hosting;

namespace Encore.Web.Downloads;

public static class DownloadServices
{
    public static void AddEncoreDownloads(this IServiceCollection services, ArchiveOptions options)
    {
        services.AddSingleton(new ExportCache(options.ExportCacheFolder ?? DefaultCacheFolder(options.Database)));
        services.AddSingleton(sp => new WorkDownloads(sp.GetRequiredService<ExportCache>(), Calibre.Find(options.EbookConvert)));
    }

    // Beside the SQLite file (the archive's own folder, as the visitor key is); for PostgreSQL, the user's cache.
    private static string DefaultCacheFolder(DatabaseSettings db) => db.Provider == DatabaseProvider.Sqlite
        ? Path.Combine(Path.GetDirectoryName(db.Target)!, "downloads")
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Encore", "downloads");

    // Links in a download point at the archive the reader downloaded it from.
    public static ArchiveLinks ArchiveLinks(HttpRequest request) => ForSite(new Uri($"{request.Scheme}://{request.Host}/"));

    public static ArchiveLinks ForSite(Uri site) => new(site, Links.Work, Links.TagWorks, Links.Creator, Links.Series);
}
