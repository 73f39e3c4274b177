using System.Diagnostics;
using System.Text.Json;
using Encore.Understanding;

namespace Encore.Bench;

// `analyze --mb N [--set eval]`: the text analyser's speed on one core. The text is the evaluation set (realistic,
// full of the signs the rules look for) repeated to N MB; one Analyze call per item, as for imported works.
public static class AnalyzeBenchmark
{
    public static int Run(double megabytes, string set)
    {
        var items = EvaluationSet.Read(set);
        var analyzer = new TextAnalyzer(KnowledgeBase.Shipped());
        foreach (var item in items) analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] }); // warm-up

        var target = (long)(megabytes * 1024 * 1024);
        long chars = 0;
        var calls = 0;
        // CPU time as well as wall time: on a shared machine another process's load stretches the wall clock, not
        // the time this thread spends analysing.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (chars < target)
            foreach (var item in items)
            {
                analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] });
                chars += item.Text.Length;
                calls++;
            }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var rate = chars / 1024.0 / 1024.0 / seconds;
        var cpuRate = chars / 1024.0 / 1024.0 / cpuSeconds;
        Console.WriteLine($"{calls:N0} texts, {chars / 1024.0 / 1024.0:N1} MB in {seconds:N2} s on one thread: {rate:N2} MB/s ({cpuSeconds:N2} s of CPU: {cpuRate:N2} MB/s)");

        // One long work, too: a single 5 MB text.
        var whole = Whole(items);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        analyzer.Analyze(new AnalysisInput { Text = whole, Fandoms = ["Smash (TV 2012)"] });
        var wholeRate = whole.Length / 1024.0 / 1024.0 / clock.Elapsed.TotalSeconds;
        var wholeCpuRate = whole.Length / 1024.0 / 1024.0 / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"one {whole.Length / 1024.0 / 1024.0:N1} MB text in {clock.Elapsed.TotalSeconds:N2} s: {wholeRate:N2} MB/s (by CPU time: {wholeCpuRate:N2} MB/s)");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            megabytes = Math.Round(chars / 1024.0 / 1024.0, 1), mb_per_s = Math.Round(rate, 2), mb_per_cpu_s = Math.Round(cpuRate, 2),
            single_text_mb_per_s = Math.Round(wholeRate, 2), single_text_mb_per_cpu_s = Math.Round(wholeCpuRate, 2),
        }));
        return 0;
    }

    // The set's texts, one after another, repeated to 5 MB: one long work.
    public static string Whole(List<EvaluationItem> items) =>
        string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", items.Select(i => i.Text)), (int)Math.Ceiling(5.0 * 1024 * 1024 / items.Sum(i => i.Text.Length))));
}
