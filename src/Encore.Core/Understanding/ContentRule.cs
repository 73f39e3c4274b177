using System.Text.RegularExpressions;

namespace Encore.Understanding;

[Flags]
public enum Scope
{
    None = 0,
    Negation = 1,      // "she didn't take the pills"
    Hypothetical = 2,  // "what if she overdosed", "afraid he would die"
    Distance = 4,      // "a doctor mentioned an overdose case", "in the play, Marilyn dies"
    All = Negation | Hypothetical | Distance,
}

// One way a text shows a label: a pattern over the lower-cased sentence, how much one match counts, which scopes
// cancel it, and idioms that look like it but are not ("dead tired", "killing it on stage").
// A rule with Window 2 reads a sentence together with the next one, for signs that span two sentences
// ("I said no. He didn't stop.").
public sealed record ContentRule(string Label, Regex Pattern, double Weight, Scope Scope, Regex? Unless = null, int Window = 1)
{
    public static ContentRule Of(string label, string pattern, double weight, Scope scope = Scope.All, string? unless = null, int window = 1) =>
        new(label, RulePatterns.Make(pattern), weight, scope, unless == null ? null : RulePatterns.Make(unless), window);
}
