using System.Text.RegularExpressions;
using Encore.Tests.Support;
using Encore.Understanding;

namespace Encore.Tests.Understanding;

// The rules that cost most time interpreted run as source-generated code (RulePatterns.Generated.cs). It must be
// written again when one of those rules changes, and it must find what the interpreter finds.
public class RulePatternsTests
{
    [Fact]
    public void Every_generated_pattern_is_still_a_rule()
    {
        var patterns = ContentRules.All.SelectMany(r => new[] { r.Pattern.ToString(), r.Unless?.ToString() }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var stale = RulePatterns.GeneratedPatterns.Where(p => !patterns.Contains(p)).ToList();
        Assert.True(stale.Count == 0, $"{stale.Count} generated patterns belong to no rule: run `dotnet run -c Release --project bench/Encore.Bench -- rule-patterns`");
        Assert.NotEmpty(RulePatterns.GeneratedPatterns);
    }

    [Fact]
    public void Generated_patterns_find_the_matches_the_interpreter_finds()
    {
        var sentences = EvaluationSet.Read(Path.Combine(RepoPaths.Root, "eval")).SelectMany(i => new TextDocument(i.Text).Sentences)
            .Select(s => s.Lower).ToList();
        var found = 0;
        foreach (var pattern in RulePatterns.GeneratedPatterns)
        {
            var generated = RulePatterns.Make(pattern);
            Assert.NotEqual(typeof(Regex), generated.GetType());
            var interpreted = new Regex(pattern, RulePatterns.Options);
            foreach (var lower in sentences)
            {
                var a = generated.Matches(lower).Select(m => (m.Index, m.Length)).ToList();
                Assert.Equal(interpreted.Matches(lower).Select(m => (m.Index, m.Length)).ToList(), a);
                found += a.Count;
            }
        }
        Assert.True(found > 100, $"only {found} matches: the check proves little");
    }
}
