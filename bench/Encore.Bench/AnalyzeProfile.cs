using Encore.Understanding;
using Encore.Understanding.Learned;

namespace Encore.Bench;

// `analyze-profile [--mb N]`: where the analyser's time goes, by thread CPU time: splitting into sentences,
// tokens and lower-casing, people (names, fandom, relationships), the content rules, the topic fields, who dies
// (coreference), the learned layer, combining, and the rating. The same steps as TextAnalyzer.Analyze, timed one by one.
public static class AnalyzeProfile
{
    public static int Run(double megabytes)
    {
        var items = EvaluationSet.Read("eval");
        var knowledge = KnowledgeBase.Shipped();
        var names = new NameIndex(knowledge.Fandoms.SelectMany(f => f.Characters));
        var phases = new Dictionary<string, long>();
        var allocations = new Dictionary<string, long>();
        void Once(EvaluationItem item, bool count)
        {
            var input = new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] };
            var t0 = ThreadClock.Nanoseconds(); var a0 = GC.GetAllocatedBytesForCurrentThread();
            var text = new TextDocument(input.Text);
            var notes = new TextDocument("");
            var t1 = ThreadClock.Nanoseconds(); var a1 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var s in text.Sentences) { _ = s.Tokens; _ = s.Lower; }
            var t2 = ThreadClock.Nanoseconds(); var a2 = GC.GetAllocatedBytesForCurrentThread();
            var suggestions = new PeopleFinder(knowledge, names).Find(input, text, notes);
            var t3 = ThreadClock.Nanoseconds(); var a3 = GC.GetAllocatedBytesForCurrentThread();
            var staged = ContentFinder.Staged(text);
            var hits = ContentFinder.Hits(text, staged);
            var t4 = ThreadClock.Nanoseconds(); var a4 = GC.GetAllocatedBytesForCurrentThread();
            hits.AddRange(TopicFinder.Hits(text, staged, hits));
            var t5 = ThreadClock.Nanoseconds(); var a5 = GC.GetAllocatedBytesForCurrentThread();
            var deaths = WhoDies.Read(hits, () => StoryCast.Of(knowledge, names, input, suggestions, text));
            var t6 = ThreadClock.Nanoseconds(); var a6 = GC.GetAllocatedBytesForCurrentThread();
            var learned = LearnedFinder.Read(text, staged, LabelModel.Default);
            deaths.Hits.AddRange(learned.Hits);
            var t7 = ThreadClock.Nanoseconds(); var a7 = GC.GetAllocatedBytesForCurrentThread();
            var content = ContentFinder.Suggest(text, deaths.Hits, deaths);
            learned.Withdraw(content);
            var t8 = ThreadClock.Nanoseconds(); var a8 = GC.GetAllocatedBytesForCurrentThread();
            RatingGuess.Guess(text, content);
            var t9 = ThreadClock.Nanoseconds(); var a9 = GC.GetAllocatedBytesForCurrentThread();
            if (!count) return;
            long[] at = [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9], allocatedAt = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9];
            for (var k = 0; k < Phases.Length; k++)
            {
                Add(Phases[k], at[k + 1] - at[k]);
                Allocated(Phases[k], allocatedAt[k + 1] - allocatedAt[k]);
            }
        }
        void Add(string phase, long ns) => phases[phase] = phases.GetValueOrDefault(phase) + ns;
        void Allocated(string phase, long bytes) => allocations[phase] = allocations.GetValueOrDefault(phase) + bytes;

        var warmUp = AnalyzeBenchmark.WarmUp(() => { foreach (var item in items) Once(item, false); });
        Console.WriteLine($"warm-up: {warmUp.Passes} passes, {warmUp.Cpu.TotalSeconds:N2} s of CPU");
        // Pass after pass over the set, without the rules' timing; on a shared machine the quickest pass is the
        // least disturbed, and its phases are printed.
        var passChars = items.Sum(i => (long)i.Text.Length);
        var passes = new List<(long Total, Dictionary<string, long> Phases)>();
        for (var done = 0L; done < megabytes * 1024 * 1024; done += passChars)
        {
            phases.Clear();
            var begin = ThreadClock.Nanoseconds();
            foreach (var item in items) Once(item, true);
            passes.Add((ThreadClock.Nanoseconds() - begin, new(phases)));
        }
        var rates = passes.Select(p => passChars / 1024.0 / 1024.0 / (p.Total / 1e9)).Order().ToList();
        var quickest = passes.MinBy(p => p.Total);
        Console.WriteLine($"{passes.Count} passes of {passChars / 1024.0 / 1024.0:N2} MB by thread CPU: quickest {rates[^1]:N2} MB/s, median {rates[rates.Count / 2]:N2} MB/s, slowest {rates[0]:N2} MB/s");
        foreach (var (phase, ns) in quickest.Phases.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {phase,-14} {ns / 1e6,7:N1} ms  {100.0 * ns / quickest.Total,5:N1}%");

        // The single 5 MB text, by the same steps.
        phases.Clear();
        allocations.Clear();
        var whole = new EvaluationItem("whole", "", "Smash (TV 2012)", [], null, null, AnalyzeBenchmark.Whole(items));
        var wholeStart = ThreadClock.Nanoseconds();
        Once(whole, true);
        var wholeTotal = ThreadClock.Nanoseconds() - wholeStart;
        Console.WriteLine($"one {whole.Text.Length / 1024.0 / 1024.0:N1} MB text: {whole.Text.Length / 1024.0 / 1024.0 / (wholeTotal / 1e9):N2} MB/s");
        foreach (var (phase, ns) in phases.OrderByDescending(p => p.Value))
            Console.WriteLine($"  {phase,-14} {ns / 1e6,7:N1} ms  {100.0 * ns / wholeTotal,5:N1}%  allocated {allocations[phase] / 1024.0 / 1024.0,6:N1} MB");

        var stats = ContentFinder.Stats = new RuleStats(ThreadClock.Nanoseconds);
        phases.Clear();
        for (var k = 0; k < Math.Max(1, passes.Count / 4); k++)
            foreach (var item in items) Once(item, true);
        ContentFinder.Stats = null;
        var rules = RuleTable.Content.Rules;
        var entries = RuleTable.Content.RulesOfLabel.SelectMany(e => e).ToList();
        Console.WriteLine($"  required texts: {entries.Sum(e => e.Required.Trigrams?.Length ?? 0)}; rules without: {entries.Count(e => e.Required.Exactly == null)} of {entries.Count}");
        Console.WriteLine($"  rules' patterns {stats.Nanoseconds.Sum() / 1e9,7:N2} s in {stats.Runs.Sum():N0} runs; the costliest:");
        foreach (var i in Enumerable.Range(0, rules.Length).OrderByDescending(i => stats.Nanoseconds[i]).Take(25))
            Console.WriteLine($"  {stats.Nanoseconds[i] / 1e6,8:N1} ms {stats.Runs[i],8:N0} runs {stats.Matched[i],6:N0} held  #{i} {rules[i].Label}: {Shorten(rules[i].Pattern.ToString())}");
        Console.WriteLine($"  idioms (unless) {stats.UnlessNanoseconds.Values.Sum() / 1e9:N2} s; the costliest:");
        foreach (var (pattern, ns) in stats.UnlessNanoseconds.OrderByDescending(p => p.Value).Take(8))
            Console.WriteLine($"  {ns / 1e6,8:N1} ms  {Shorten(pattern)}");
        // The costliest rules' patterns alone, on the texts they read: as read (only the ways that may match), whole,
        // and whole but compiled.
        foreach (var i in Enumerable.Range(0, rules.Length).OrderByDescending(i => stats.Nanoseconds[i]).Take(6))
        {
            var samples = stats.Samples[i];
            var compiled = new System.Text.RegularExpressions.Regex(rules[i].Pattern.ToString(), rules[i].Pattern.Options | System.Text.RegularExpressions.RegexOptions.Compiled);
            long Time(Func<(string Text, System.Text.RegularExpressions.Regex Pattern), System.Text.RegularExpressions.Regex> which)
            {
                var best = long.MaxValue;
                for (var round = 0; round < 5; round++)
                {
                    var t = ThreadClock.Nanoseconds();
                    foreach (var sample in samples) foreach (var _ in which(sample).EnumerateMatches(sample.Text)) { }
                    best = Math.Min(best, ThreadClock.Nanoseconds() - t);
                }
                return best / samples.Count;
            }
            Console.WriteLine($"  #{i}: {samples.Count} texts, avg {samples.Average(x => x.Text.Length):N0} chars: as read {Time(x => x.Pattern):N0} ns, whole {Time(x => rules[i].Pattern):N0} ns, compiled {Time(x => compiled):N0} ns");
        }
        return 0;
    }

    private static readonly string[] Phases = ["sentences", "tokens+lower", "people", "content rules", "topic fields", "who dies", "learned", "suggest", "rating"];

    private static string Shorten(string pattern) => pattern.Length <= 110 ? pattern : pattern[..107] + "...";
}
