using System.Diagnostics;
using Encore.Understanding;

namespace Encore.Bench;

// `analyze-start`: what the analyser costs before its first result, in a fresh process (run it on its own): the
// rules built (their patterns parsed, and compiled where they are), one short text analysed, then every text of the
// evaluation set once (each rule's first run). Process CPU time, which counts the JIT's threads too, and the JIT's
// own compilation time.
public static class AnalyzeStart
{
    public static int Run()
    {
        var items = EvaluationSet.Read("eval");
        var knowledge = KnowledgeBase.Shipped();
        Step("knowledge and set read", () => { });
        Step("rules' patterns made", () => _ = ContentRules.All);
        Step("rules arranged (RuleTable)", () => _ = RuleTable.Content);
        var analyzer = new TextAnalyzer(knowledge);
        Step("first analysis (one passage)", () => analyzer.Analyze(new AnalysisInput { Text = items[0].Text, Fandoms = [items[0].Fandom] }));
        Step($"every text once ({items.Count})", () =>
        {
            foreach (var item in items) analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] });
        });
        Step("every text again", () =>
        {
            foreach (var item in items) analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] });
        });
        return 0;
    }

    // `analyze-file FILE`: one call on a file's whole text (no chapter limit), in a fresh process.
    public static int File(string path)
    {
        var text = System.IO.File.ReadAllText(path);
        var analyzer = new TextAnalyzer(KnowledgeBase.Shipped());
        IReadOnlyList<Suggestion> found = [];
        Step($"{text.Length:N0} characters analysed", () => found = analyzer.Analyze(new AnalysisInput { Text = text }));
        foreach (var s in found) Console.WriteLine($"  {s.Type} {s.Tag} {s.Confidence:0.00}");
        return 0;
    }

    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    private static void Step(string name, Action step)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var wall = Clock.Elapsed;
        step();
        Console.WriteLine($"{name,-32} CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,6:N2} s  " +
            $"JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds,6:N2} s  wall {(Clock.Elapsed - wall).TotalSeconds,6:N2} s  " +
            $"(process CPU so far {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:N2} s)");
    }
}
