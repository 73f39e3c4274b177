using Encore.Data;
using Encore.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.Support;

// A real Encore server on a free loopback port with its own fresh SQLite file, built by the real migrations.
// Tests talk to it over real HTTP (and browsers can too).
public sealed class TestArchive : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication _app = null!;

    public DatabaseSettings Database { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    // Tests sign many people in from one address, so the per-address limits are raised unless a test checks them.
    public static async Task<TestArchive> StartAsync(bool samples = true, int accountAttemptsPerMinute = 1000, string environment = "Production",
        TimeProvider? clock = null, Func<ArchiveOptions, ArchiveOptions>? configure = null)
    {
        var archive = new TestArchive();
        archive.Database = new DatabaseSettings(DatabaseProvider.Sqlite, archive._folder.File("encore.db"));
        var options = new ArchiveOptions(archive.Database, "http://127.0.0.1:0", samples, environment)
        {
            AccountAttemptsPerMinute = accountAttemptsPerMinute,
            ResponsesPerMinute = 1000,
            Clock = clock ?? TimeProvider.System,
        };
        archive._app = await EncoreWebApp.StartAsync(configure == null ? options : configure(options));
        var address = archive._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        archive.BaseAddress = new Uri(address);
        archive.Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = archive.BaseAddress };
        return archive;
    }

    public EncoreDb OpenDb() => DatabaseServices.Open(Database);

    // After changing the database directly (not through a POST, which does this itself), bring the server's search
    // index up to date, as every web node does after a change.
    public Task CatchUpAsync() => _app.Services.GetRequiredService<Encore.Search.IndexHost>().CatchUpAsync();

    public async Task<string> GetHtmlAsync(string path)
    {
        var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
