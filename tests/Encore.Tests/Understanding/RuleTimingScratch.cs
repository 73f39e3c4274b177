using System.Diagnostics;
using Encore.Understanding;
using Xunit.Abstractions;

namespace Encore.Tests.Understanding;

public class RuleTimingScratch(ITestOutputHelper output)
{
    [Fact]
    public void Time_rules_on_triggered_sentences()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../eval"));
        var docs = EvaluationSet.Read(root).Select(i => new TextDocument(i.Text)).ToList();
        var sentences = docs.SelectMany(d => d.Sentences).ToList();
        var stems = ContentRules.Stems.SelectMany(kv => kv.Value.Select(v => (v, kv.Key))).ToList();
        var stemHits = new Dictionary<string, int>();
        var triggered = sentences.Select(s =>
        {
            var labels = new HashSet<string>();
            foreach (var t in s.Tokens)
                foreach (var (stem, label) in stems)
                    if (t.Lower.StartsWith(stem, StringComparison.Ordinal)) { labels.Add(label); stemHits[label + ":" + stem] = stemHits.GetValueOrDefault(label + ":" + stem) + 1; }
            return (s.Lower, labels);
        }).ToList();
        foreach (var r in ContentRules.All) { r.Pattern.IsMatch("warm"); r.Unless?.IsMatch("warm"); }
        var perRule = new List<(double, int, string)>();
        foreach (var rule in ContentRules.All)
        {
            var sw = Stopwatch.StartNew(); var n = 0;
            for (var rep = 0; rep < 3; rep++)
                foreach (var (lower, labels) in triggered)
                    if (labels.Contains(rule.Label)) { n++; rule.Pattern.IsMatch(lower); }
            perRule.Add((sw.Elapsed.TotalMilliseconds, n / 3, rule.Label + " " + rule.Pattern.ToString()[..Math.Min(70, rule.Pattern.ToString().Length)]));
        }
        output.WriteLine($"{sentences.Count} sentences");
        foreach (var (ms, n, name) in perRule.OrderByDescending(r => r.Item1).Take(25)) output.WriteLine($"{ms,8:F1} ms {n,6} runs  {name}");
        foreach (var kv in stemHits.OrderByDescending(kv => kv.Value).Take(40)) output.WriteLine($"{kv.Value,6} {kv.Key}");
    }
}
