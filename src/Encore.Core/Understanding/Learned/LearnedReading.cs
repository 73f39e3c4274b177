using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding.Learned;

// What the learned layer read in a text: its hits where a label reached the threshold, and each label's highest
// probability in any window, a second opinion on the rules (null when the text was too short to read, or longer than
// a passage).
internal sealed record LearnedReading(LabelModel Model, List<Hit> Hits, double[]? Peak)
{
    // A rule's or a field's suggestion is withdrawn when the model, having read a passage, gave its label less than
    // this in every window. The rules read words whose near-misses the model has also seen ("the funeral of Sir
    // Bubbles", a death rehearsed, "I'm so depressed" in jest); where it finds almost no trace of the label, the
    // rule's reading is likelier the near-miss. Measured leaving each of five writers' sets out of training in turn
    // (dev8-dev12, on which the rules were never tuned either): false positives 161 -> 53, found labels 337 -> 320.
    // Only passages: in a whole story the team set showed a window's other words can bury a plain sentence ("he'd
    // started hurting himself"), and the doubt was never measured there.
    public const double Doubt = 0.02;

    // Major Character Death is judged by the model's Character Death, which it learned from twice the passages.
    public bool Doubts(Suggestion suggestion)
    {
        if (Peak is null) return false;
        var label = Array.IndexOf(Model.Labels,
            suggestion.Tag == ContentLabels.MajorCharacterDeath ? ContentLabels.CharacterDeath : suggestion.Tag);
        return label >= 0 && Peak[label] < Doubt;
    }

    // Whose death is major is where the rules do worst: five writers left out in turn tagged 90 of their 119 deaths
    // Major Character Death, and the rules found one. When a passage's death is suggested and the model gives Major
    // Character Death this much in some window, the death is suggested as major too: 17 more found and one more false
    // positive, leaving each writer out (EVALUATION.md). Passages only, as with the doubt.
    public const double Major = 0.1;

    public Suggestion? MajorDeath(IReadOnlyList<Suggestion> content)
    {
        var label = Array.IndexOf(Model.Labels, ContentLabels.MajorCharacterDeath);
        if (Peak is null || label < 0 || Peak[label] < Major || content.Any(c => c.Tag == ContentLabels.MajorCharacterDeath)
            || content.FirstOrDefault(c => c.Tag == ContentLabels.CharacterDeath) is not { } death) return null;
        return death with
        {
            Type = Suggestion.Warning, Tag = ContentLabels.MajorCharacterDeath, Confidence = Math.Min(death.Confidence, 0.6),
            Note = $"a death, in a passage a model learned from labelled passages reads as about a major character ({Peak[label]:0.00})",
        };
    }
}
