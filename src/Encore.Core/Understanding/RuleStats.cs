using System.Text.RegularExpressions;

namespace Encore.Understanding;

// Each rule's runs, matches and time, gathered while the bench profiles the analyser (ContentFinder.Stats).
internal sealed class RuleStats(Func<long> clock)
{
    public long[] Nanoseconds { get; } = new long[RuleTable.Content.Rules.Length];
    public int[] Runs { get; } = new int[RuleTable.Content.Rules.Length];
    public int[] Matched { get; } = new int[RuleTable.Content.Rules.Length];

    public long Start() => clock();

    // Time in each rule's idioms (Unless), by its pattern.
    public Dictionary<string, long> UnlessNanoseconds { get; } = [];

    public bool Unless(ContentRule rule, string lower)
    {
        var start = clock();
        var held = rule.Unless!.IsMatch(lower);
        var key = rule.Unless.ToString();
        UnlessNanoseconds[key] = UnlessNanoseconds.GetValueOrDefault(key) + clock() - start;
        return held;
    }

    // Per rule, the first texts it read and the pattern it read them with (for the bench to time again alone).
    public Dictionary<int, List<(string Text, Regex Pattern)>> Samples { get; } = [];

    public void Sample(int rule, string text, Regex pattern)
    {
        if (!Samples.TryGetValue(rule, out var list)) Samples[rule] = list = [];
        if (list.Count < 3000) list.Add((text, pattern));
    }

    public void Stop(int rule, long started, bool held)
    {
        Nanoseconds[rule] += clock() - started;
        Runs[rule]++;
        if (held) Matched[rule]++;
    }
}
