using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Encore.Tests.Support;

// A real PostgreSQL server of our own, in a temporary folder on a free loopback port, for the tests that need one.
// The test command installs Debian's postgresql package; the server is started here, never the system's.
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private string _bin = "";
    private string DataDir => Path.Combine(_folder.Path, "data");
    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Order().LastOrDefault() is { } version
            ? Path.Combine(version, "bin")
            : throw new InvalidOperationException("PostgreSQL is not installed: run the README's test command, which installs it.");
        Port = FreePort();
        // PostgreSQL refuses to run as root; when the tests run as root, its processes run as the postgres user.
        if (Environment.UserName == "root") await RunAsync("chown", "postgres", _folder.Path);
        await RunPgAsync("initdb", "-D", DataDir, "-A", "trust", "-U", "encore", "--no-sync", "-E", "UTF8");
        await RunPgAsync("pg_ctl", "-D", DataDir, "-w", "-l", Path.Combine(_folder.Path, "log"),
            "-o", $"-p {Port} -k {_folder.Path} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    // A fresh, empty database for one test.
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "encore_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=encore;Database={database};Pooling=false";

    public async Task DisposeAsync()
    {
        await RunPgAsync("pg_ctl", "-D", DataDir, "-m", "immediate", "stop");
        _folder.Dispose();
    }

    private Task RunPgAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
