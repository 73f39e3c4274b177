using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Encore.Data;
using Encore.Search;
using Microsoft.EntityFrameworkCore;

namespace Encore.Bench;

// `site --works N [--seconds S] [--warmup W] [--connections C] [--urls U] [--keep]`: the filtered tag page over HTTP.
// Loads a generated archive into SQLite as `filter` does, starts the real `encore serve` on it (its own process, as
// deployed), asks for every URL once (checking each answers 200), runs wrk for W seconds to reach the steady state of a
// server that has been up a while (the JIT's second tier compiles hot methods only after some thousands of calls, and
// the node's blurb cache fills), then runs wrk with U varied filtered tag pages for S seconds and reports
// requests/s, latency and the server's CPU time per request. Both passes are printed. Needs wrk (Debian's package).
public static partial class SiteBenchmark
{
    public static async Task<int> RunAsync(int workCount, int seconds, int warmup, int connections, int urlCount, bool keep)
    {
        var folder = Directory.CreateTempSubdirectory("encore-site-");
        Process? server = null;
        try
        {
            var (settings, archive) = await BulkArchiveWriter.CreateAsync(Path.Combine(folder.FullName, "site.db"), workCount);
            Console.WriteLine($"loaded {archive.Works.Count:N0} works, {archive.Tags.Count:N0} tags");

            var urls = SiteUrls.Make(archive, urlCount, 2027);
            var urlFile = Path.Combine(folder.FullName, "urls.txt");
            var port = FreePort();
            server = StartServer(settings.Target, port);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
            await WaitUntilUp(http, server);

            // Every URL once: each must be a page (not a redirect, which would be a cheaper answer than a reader gets).
            var statuses = new Dictionary<HttpStatusCode, int>();
            var good = new List<string>();
            foreach (var url in urls)
            {
                using var response = await http.GetAsync(url);
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                if (response.StatusCode == HttpStatusCode.OK) good.Add(url);
                else if (statuses[response.StatusCode] <= 3) Console.WriteLine($"{(int)response.StatusCode} {url} -> {response.Headers.Location}");
            }
            Console.WriteLine($"checked {urls.Count} URLs: {string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}"))}");
            await File.WriteAllLinesAsync(urlFile, good);

            if (warmup > 0)
            {
                var warm = await RunWrk(port, urlFile, warmup, connections);
                Console.WriteLine($"warm-up, {warmup} s: {warm.RequestsPerSecond:N0} requests/s, p50 {warm.P50} ms, p99 {warm.P99} ms");
            }
            var cpuBefore = CpuSeconds(server);
            var wrk = await RunWrk(port, urlFile, seconds, connections);
            var cpu = CpuSeconds(server) - cpuBefore;
            Console.WriteLine(wrk.Output);
            var requests = wrk.Requests;
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                works = workCount, urls = good.Count, connections, seconds, warmup_s = warmup, requests_per_s = wrk.RequestsPerSecond,
                p50_ms = wrk.P50, p99_ms = wrk.P99, non_2xx = wrk.Non2xx, server_cpu_ms_per_request = Math.Round(cpu * 1000 / Math.Max(1, requests), 3),
            }));
            return wrk.Non2xx == 0 ? 0 : 1;
        }
        finally
        {
            if (server is { HasExited: false }) { server.Kill(entireProcessTree: true); await server.WaitForExitAsync(); }
            // --keep leaves the database and URL list for profiling a server by hand.
            if (keep) Console.WriteLine($"kept {folder.FullName}"); else folder.Delete(recursive: true);
        }
    }

    private static Process StartServer(string db, int port)
    {
        var encore = Path.Combine(AppContext.BaseDirectory, "encore.dll");
        var info = new ProcessStartInfo("dotnet", $"\"{encore}\" serve --no-samples --db \"{db}\" --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) Console.Error.WriteLine($"serve: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUp(HttpClient http, Process server)
    {
        for (var i = 0; i < 600; i++)
        {
            if (server.HasExited) throw new InvalidOperationException($"encore serve exited with {server.ExitCode}");
            try { (await http.GetAsync("/css/site.css")).Dispose(); return; }
            catch (HttpRequestException) { await Task.Delay(500); }
        }
        throw new TimeoutException("encore serve did not answer within 5 minutes");
    }

    private static double CpuSeconds(Process process) { process.Refresh(); return process.TotalProcessorTime.TotalSeconds; }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record WrkResult(string Output, long Requests, double RequestsPerSecond, double P50, double P99, long Non2xx);

    private static async Task<WrkResult> RunWrk(int port, string urlFile, int seconds, int connections)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "wrk", "urls.lua");
        var info = new ProcessStartInfo("wrk", $"-t2 -c{connections} -d{seconds}s --latency -s \"{script}\" http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true, UseShellExecute = false,
        };
        info.Environment["URLS"] = urlFile;
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk)");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        double Ms(string label)
        {
            var m = Regex.Match(output, $@"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!m.Success) return double.NaN;
            var v = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
        }
        var rps = Regex.Match(output, @"Requests/sec:\s+([\d.]+)");
        var total = Regex.Match(output, @"(\d+) requests in");
        var non2xx = Regex.Match(output, @"Non-2xx or 3xx responses:\s+(\d+)");
        return new WrkResult(output, total.Success ? long.Parse(total.Groups[1].Value) : 0,
            rps.Success ? double.Parse(rps.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
            Ms("50%"), Ms("99%"), non2xx.Success ? long.Parse(non2xx.Groups[1].Value) : 0);
    }
}
