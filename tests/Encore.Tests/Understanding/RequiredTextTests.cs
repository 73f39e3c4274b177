using Encore.Tests.Support;
using Encore.Understanding;

namespace Encore.Tests.Understanding;

// The texts a pattern requires (RequiredText) let the analyser skip rules that cannot match a sentence. A wrong
// requirement would silently lose a sign, so these check it never says a text is required when it is not.
public class RequiredTextTests
{
    [Theory]
    [InlineData(@"\b(died|dies|passed away|passed on)\b", "passed on")]
    [InlineData(@"\b(his|her|their) (funeral|wake)\b", "her funeral")]
    [InlineData(@"\bno point (in|to) (any of it|anything)\b", "no point in anything")]
    [InlineData(@"\b(sold (to (her|him) )?as (something|a) (milder|weaker))\b", "sold to him as something weaker")]
    [InlineData(@"\b(smell|reek) of (?:gin|wine)\b.{0,40}\b(on (him|her)|breath)", "the reek of gin, sour, on him")]
    [InlineData(@"\b(fianc[ée]e?|ex)s? (hit|slapped) (her|me)\b", "fiancée hit her")]
    [InlineData(@"\b(\d+|three) (hundred )?calories\b", "850 calories")]
    [InlineData(@"(?<!not )\bwoke (up )?in (a&e|hospital)(?! car park)", "she woke up in a&e")]
    public void Every_match_contains_a_required_text(string pattern, string matching)
    {
        Assert.Matches(pattern, matching);
        var required = RequiredText.Of(pattern);
        Assert.NotNull(required);
        Assert.Contains(required, t => matching.Contains(t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(@"(a|b)\1 died")]            // a back-reference: syntax it does not read
    [InlineData(@"\b(.{0,9}|funeral)\b")]    // one way matches anything
    [InlineData(@"\b\w+ (wake)?\b")]
    [InlineData(@"(dead)?(gone)?")]
    public void Promises_nothing_when_nothing_is_certain(string pattern) => Assert.Null(RequiredText.Of(pattern));

    // Every rule, over every sentence of the evaluation set: wherever its pattern matches, the sentence contains one of
    // the texts the pattern is said to require, and the trigram check lets the sentence through.
    [Fact]
    public void No_rule_is_skipped_where_its_pattern_matches()
    {
        var sentences = EvaluationSet.Read(Path.Combine(RepoPaths.Root, "eval")).SelectMany(i => new TextDocument(i.Text).Sentences)
            .Select(s => s.Lower).ToList();
        var bits = new ulong[Trigrams.Words];
        var matches = 0;
        foreach (var rule in RuleTable.Content.RulesOfLabel.SelectMany(r => r).Where(r => r.Rule.Window == 1))
            foreach (var lower in sentences.Where(s => rule.Rule.Pattern.IsMatch(s)))
            {
                matches++;
                Assert.True(rule.Required.Exactly == null || lower.AsSpan().ContainsAny(rule.Required.Exactly), $"{rule.Rule.Pattern} in \"{lower}\"");
                Trigrams.Fill(lower, bits);
                Assert.True(rule.Required.Trigrams == null || Trigrams.MayContainAny(bits, rule.Required.Trigrams), $"{rule.Rule.Pattern} in \"{lower}\" (trigrams)");
            }
        Assert.True(matches > 500, $"only {matches} matches: the check proves little");
    }
}
