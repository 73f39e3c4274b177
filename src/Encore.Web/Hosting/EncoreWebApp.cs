using Encore.Data;
using Encore.Samples;
using Encore.Web.Accounts;
using Encore.Web.Api;
using Encore.Web.Catalog;
using Encore.Web.Community;
using Encore.Web.Downloads;
using Encore.Web.Search;

namespace Encore.Web.Hosting;

public sealed record ArchiveOptions(DatabaseSettings Database, string Urls, bool LoadSamples = true, string Environment = "Production")
{
    // Per client address per minute. Tests that sign many people in from one address raise these.
    public int AccountAttemptsPerMinute { get; init; } = 10;
    public int ResponsesPerMinute { get; init; } = 30;

    // The clock every service reads; tests move it to check what happens on another day.
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    // The secret for guests' keyed addresses (VisitorKeys); by default beside the SQLite file.
    public string? VisitorKeyFile { get; init; }

    // Made downloads (by default beside the SQLite file), and Calibre's ebook-convert (by default found on PATH;
    // a path that does not exist turns PDF, AZW3 and MOBI off).
    public string? ExportCacheFolder { get; init; }
    public string? EbookConvert { get; init; }
}

// Builds and starts the web app. Used by `encore serve` and by the tests, which run it on a real port.
public static class EncoreWebApp
{
    public static async Task<WebApplication> StartAsync(ArchiveOptions options, CancellationToken ct = default)
    {
        await DatabaseCheck.PrepareAsync(options.Database, ct);
        var app = Build(options);
        if (options.LoadSamples)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EncoreDb>();
            var added = await SampleArchive.LoadIfEmptyAsync(db, TimeProvider.System, ct);
            if (added > 0) app.Logger.LogInformation("The archive was empty: added {Count} sample works", added);
        }
        await app.Services.GetRequiredService<Encore.Search.IndexHost>().BuildAsync(ct);
        await app.StartAsync(ct);
        return app;
    }

    public static WebApplication Build(ArchiveOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EncoreWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.Environment,
            // No file watcher on appsettings: the archive never reloads its configuration, and each watcher takes one
            // of the user's inotify instances (128 by default), which a test run starting many archives exhausts.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failure to start (port in use, bad --urls) is reported by `encore serve` in one line; the host's own
        // log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddEncoreDatabase(options.Database);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddEncoreAccounts();
        builder.Services.AddEncoreRateLimits(options);
        builder.Services.AddEncoreCommunity(options);
        builder.Services.AddEncoreSearch(options.Database);
        builder.Services.AddEncoreCatalog();
        builder.Services.AddEncoreDownloads(options);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Works.CreatorPosting>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Reader() ?? People.Reader.Guest);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "encore.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AddPageRoute("/Works/Show", "works/{id:int}");
            o.Conventions.AddPageRoute("/Users/Show", "users/{userName}");
        });
        builder.Services.AddRouting(o => o.LowercaseUrls = false);
        // Pages carry every script as characters, not "&#xE7;" entities (the default encoder escapes all non-ASCII).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        UnwatchedFiles.Apply(app.Environment);
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseReader();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseIndexCatchUp();
        app.MapRazorPages();
        app.MapTagApi();
        app.MapWorkListAliases();
        app.MapFeeds();
        app.MapOpds();
        app.MapWorkDownloads();
        return app;
    }
}
