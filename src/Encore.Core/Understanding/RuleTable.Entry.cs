using System.Buffers;

namespace Encore.Understanding;

internal sealed partial class RuleTable
{
    // A rule with what decides whether it reads a sentence: its own stems (null: none), and the texts one of which
    // any match contains (Required).
    public sealed class Entry(int index, ContentRule rule, int[]? ownStems)
    {
        private Requirement? _required;

        public int Index => index;
        public ContentRule Rule => rule;
        public int[]? OwnStems => ownStems;
        public double Weight => rule.Weight;
        public bool Distance { get; } = rule.Scope.HasFlag(Scope.Distance);

        // The own stems folded into 64 bits: a sentence whose stems fold to no common bit has none of them.
        public ulong OwnSignature { get; } = ownStems?.Aggregate(0UL, (bits, id) => bits | Signature(id)) ?? 0;

        // Read from the pattern the first time the rule is considered: a short analysis reads few of the rules.
        public Requirement Required => _required ??= Requirement.Of(rule);
    }

    // The texts one of which any match contains (RequiredText; null: none known), as trigrams (Trigrams) for a quick
    // check that lets a few sentences through in vain, then exactly. A rule over several sentences is checked
    // exactly only, on its joined window. Idioms: the same for the rule's idioms (Unless), asked only of a sentence
    // the rule matched.
    public sealed record Requirement(int[][]? Trigrams, SearchValues<string>? Exactly, SearchValues<string>? Idioms)
    {
        public static Requirement Of(ContentRule rule)
        {
            var texts = RequiredText.Of(rule.Pattern);
            // A rule with a required text too short for a trigram is checked exactly only.
            var trigrams = rule.Window == 1 && texts != null && texts.All(t => t.Length >= 3) ? texts.Select(t => Understanding.Trigrams.Of(t)!).ToArray() : null;
            return new Requirement(trigrams, texts == null ? null : SearchValues.Create(texts, StringComparison.Ordinal),
                rule.Unless is { } unless ? RequiredText.Searched(unless) : null);
        }
    }
}
