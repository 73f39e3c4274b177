using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding.Learned;

// What the learned layer read in a text: its hits where a label reached the threshold, and each label's highest
// probability in any window, a second opinion on the rules (null when the text was too short to read, or longer than
// a passage, where the second opinion was never measured).
internal sealed record LearnedReading(LabelModel Model, List<Hit> Hits, double[]? Peak)
{
    // A rule's or a field's suggestion is withdrawn when the model, having read a passage, gave its label less than
    // this in every window. The rules read words whose near-misses the model has also learned ("the funeral of Sir
    // Bubbles", a death rehearsed, "I'm so depressed" in jest); where it finds almost no trace of the label, the rule's
    // reading is likelier the near-miss. Chosen on five writers' sets, each left out of training in turn (dev8-dev12,
    // which the rules were never tuned on either): there false positives fell 161 -> 53 and found labels 337 -> 325
    // with the exceptions below; the test on unseen text is the blind sets' (EVALUATION.md).
    public const double DoubtBelow = 0.02;

    // Rape/Non-Con and Underage Sex are never withdrawn: on those sets withdrawing them lost five found and removed no
    // false positive, and a missed warning of abuse costs a reader more than a wrong one. Major Character Death is judged
    // by the model's Character Death, learned from more passages; withdrawing it removed three false positives there.
    private static readonly string[] Kept = [ContentLabels.RapeNonCon, ContentLabels.UnderageSex];

    public bool Doubts(Suggestion suggestion)
    {
        if (Peak is null || Kept.Contains(suggestion.Tag)) return false;
        var label = Array.IndexOf(Model.Labels,
            suggestion.Tag == ContentLabels.MajorCharacterDeath ? ContentLabels.CharacterDeath : suggestion.Tag);
        return label >= 0 && Peak[label] < DoubtBelow;
    }

    // Withdraws the doubted suggestions, except one a kept suggestion implies (a Suicide Attempt kept keeps its
    // Suicidal Thoughts).
    public void Withdraw(List<Suggestion> content)
    {
        var doubted = content.Where(Doubts).Select(c => c.Tag).ToHashSet();
        content.RemoveAll(c => doubted.Contains(c.Tag) && !ContentLabels.Implications.Any(i =>
            i.Implied == c.Tag && !doubted.Contains(i.Label) && content.Exists(k => k.Tag == i.Label)));
    }
}
