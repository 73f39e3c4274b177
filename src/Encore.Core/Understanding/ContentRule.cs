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
public sealed record ContentRule(string Label, Regex Pattern, double Weight, Scope Scope, Regex? Unless = null)
{
    public static ContentRule Of(string label, string pattern, double weight, Scope scope = Scope.All, string? unless = null) =>
        new(label, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), weight, scope,
            unless == null ? null : new Regex(unless, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)));
}
