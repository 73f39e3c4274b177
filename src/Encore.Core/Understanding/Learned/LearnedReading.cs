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
}
