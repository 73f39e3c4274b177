using System.Diagnostics;
using Encore.Tests.Support;

namespace Encore.Tests.Cli;

// Runs the real `encore` binary (built next to the tests) as a person would.
public class CliTests
{
    internal static async Task<(int Code, string Out, string Err)> RunAsync(string args, IDictionary<string, string>? env = null, int timeoutSeconds = 60)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "encore.dll")}\" {args}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment.Remove("ENCORE_DB");
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_the_db_convention()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("serve", output);
        Assert.Contains("--db", output);
        Assert.Contains("ENCORE_DB", output);
    }

    [Fact]
    public async Task Serve_has_its_own_help()
    {
        var (code, output, _) = await RunAsync("serve --help");
        Assert.Equal(0, code);
        Assert.Contains("--urls", output);
        Assert.Contains("--no-samples", output);
    }

    [Fact]
    public async Task Serve_with_a_file_that_is_not_a_database_says_so_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var path = folder.File("essay.txt");
        await File.WriteAllTextAsync(path, "not a database at all");
        var (code, output, error) = await RunAsync($"serve --db \"{path}\" --urls http://127.0.0.1:0");
        Assert.Equal(2, code);
        Assert.Contains("is not an Encore database", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Fact]
    public async Task The_environment_variable_chooses_the_database_when_db_is_not_given()
    {
        using var folder = new TempFolder();
        var blocker = folder.File("file");
        await File.WriteAllTextAsync(blocker, "x");
        var (code, _, error) = await RunAsync("serve --urls http://127.0.0.1:0",
            new Dictionary<string, string> { ["ENCORE_DB"] = Path.Combine(blocker, "encore.db") });
        Assert.Equal(2, code);
        Assert.Contains(blocker, error);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_one_line()
    {
        using var folder = new TempFolder();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        // No samples: the port is the point here, and analysing them first only made the test slower.
        var (code, output, error) = await RunAsync($"serve --no-samples --db \"{folder.File("a.db")}\" --urls http://127.0.0.1:{port}");
        Assert.Equal(2, code);
        Assert.Contains("address already in use", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Fact]
    public async Task An_unknown_command_is_an_error() => Assert.NotEqual(0, (await RunAsync("frobnicate")).Code);
}
