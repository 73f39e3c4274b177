using System.Diagnostics;
using System.Text.Json;

namespace Encore.Tests.Export;

// Runs the W3C's epubcheck (Debian's package, installed by scripts/install-test-tools.sh) on a file and returns every
// message it reports: errors, warnings and the rest, each with where it was found.
public static class Epubcheck
{
    public const string Jar = "/usr/bin/epubcheck";

    public sealed record Message(string Severity, string Id, string Text, string Where)
    {
        public override string ToString() => $"{Severity} {Id} {Where}: {Text}";
    }

    public static async Task<List<Message>> CheckAsync(string epubPath)
    {
        Assert.True(File.Exists(Jar), $"epubcheck is not installed at {Jar}: run scripts/install-test-tools.sh");
        // A short run: the JVM's quick compiler and serial collector halve epubcheck's time on a small file.
        var info = new ProcessStartInfo("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", Jar, epubPath, "--json", "-"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var start = output.IndexOf('{');
        Assert.True(start >= 0, $"epubcheck printed no report: {output} {await stderr}");
        using var report = JsonDocument.Parse(output[start..]);
        var messages = new List<Message>();
        foreach (var m in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var where = string.Join("; ", m.GetProperty("locations").EnumerateArray()
                .Select(l => $"{l.GetProperty("path").GetString()}:{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}"));
            messages.Add(new Message(m.GetProperty("severity").GetString()!, m.GetProperty("ID").GetString()!,
                m.GetProperty("message").GetString()!, where));
        }
        return messages;
    }

    // Zero errors and zero warnings (and nothing worse); usage hints and information are not problems.
    public static async Task AssertValidAsync(string epubPath)
    {
        var problems = (await CheckAsync(epubPath)).Where(m => m.Severity is "FATAL" or "ERROR" or "WARNING").ToList();
        Assert.True(problems.Count == 0, $"epubcheck found {problems.Count} problems in {Path.GetFileName(epubPath)}:\n" + string.Join("\n", problems));
    }
}
