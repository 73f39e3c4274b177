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
        // ENCORE_BENCH_NO_LEARNED=1 times the rules and fields alone, to see what the learned layer costs.
        var analyzer = Environment.GetEnvironmentVariable("ENCORE_BENCH_NO_LEARNED") == null ? new TextAnalyzer(KnowledgeBase.Shipped())
            : new TextAnalyzer(KnowledgeBase.Shipped(), Encore.Understanding.Learned.LabelModel.None);
        var warmUp = WarmUp(() =>
        {
            foreach (var item in items) analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] });
        });
        Console.WriteLine($"warm-up: {warmUp.Passes} passes over the set, {warmUp.Cpu.TotalSeconds:N2} s of CPU, until a pass JIT-compiled no method");

        var target = (long)(megabytes * 1024 * 1024);
        long chars = 0;
        var calls = 0;
        // CPU time as well as wall time: on a shared machine another process's load stretches the wall clock, not
        // the time this thread spends analysing.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var thread = ThreadClock.Nanoseconds();
        var (allocated, paused, jit) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), System.Runtime.JitInfo.GetCompilationTime());
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
        var threadSeconds = (ThreadClock.Nanoseconds() - thread) / 1e9;
        Console.WriteLine($"{calls:N0} texts, {chars / 1024.0 / 1024.0:N1} MB in {seconds:N2} s on one thread: {rate:N2} MB/s ({cpuSeconds:N2} s of CPU: {cpuRate:N2} MB/s)");
        // The process's CPU time counts the garbage collector's and the JIT's threads as well as this one.
        Console.WriteLine($"  this thread's CPU {threadSeconds:N2} s ({chars / 1024.0 / 1024.0 / threadSeconds:N2} MB/s); allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / 1024.0:N0} MB, " +
            $"GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:N2} s, JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:N2} s");

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

    // Steady state: passes until one compiles no method (the runtime compiles code quickly first, then fully once it
    // runs often, on another thread; at most 60 passes). Start-up is measured apart (analyze-start).
    public static (int Passes, TimeSpan Cpu) WarmUp(Action pass)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var passes = 0;
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            pass();
            passes++;
            Thread.Sleep(200); // lets the background compiler catch up
        }
        while (System.Runtime.JitInfo.GetCompiledMethodCount() != compiled && passes < 60);
        return (passes, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    // The set's texts, one after another, repeated to 5 MB: one long work.
    public static string Whole(List<EvaluationItem> items) =>
        string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", items.Select(i => i.Text)), (int)Math.Ceiling(5.0 * 1024 * 1024 / items.Sum(i => i.Text.Length))));
}
