using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding.Learned;

// The third layer of evidence: LabelModel read over windows of about as many words as the passages it learned
// from, half overlapping, staged sentences (a rehearsal, a performance) left out. Where a label's probability in
// a window reaches the threshold cross-validation chose for it, the window's sentences that weigh most for the label
// become its evidence, and the note names the words that weighed. Its confidence (0.5-0.65) is below a rule's.
internal static class LearnedFinder
{
    // Windows about as long as the passages learned from; shorter ones (a line of a short text) have too few words for
    // the model's bias to mean anything there, and are not read.
    private const int WindowWords = 250, FewestWords = 40;
    private const double Base = 0.5, Top = 0.65;
    // A text longer than the passages learned from (60-350 words) is read in many windows, and the more windows, the
    // likelier one crosses a threshold by chance: on the real sample posts (1,000-3,000 words) single windows reached
    // Depression, Rape/Non-Con and Character Death with nothing of any in them. There a label must reach its stricter
    // long-text threshold (LabelModel.LongThreshold), in two windows in a row, which share half their words: a scene
    // that carries it sits in both. The cost: the first and last half window of a long text (about 125 words) is read
    // by one window only, and the learned layer alone finds nothing there (the rules still read it).
    private const int PassageWords = 400;

    public static LearnedReading Read(TextDocument text, bool[] staged, LabelModel model)
    {
        // Each sentence's words; a text too short for one window is not read further.
        var words = new int[text.Sentences.Count];
        var total = 0;
        foreach (var sentence in text.Sentences)
            if (!staged[sentence.Index]) total += words[sentence.Index] = sentence.Tokens.Count;
        if (total < FewestWords || model.Labels.Length == 0) return new LearnedReading(model, [], null);

        // Each sentence's known features, in one list.
        var known = new Known(model.FeatureIndex, new List<int>(total));
        var starts = new int[text.Sentences.Count + 1];
        foreach (var sentence in text.Sentences)
        {
            starts[sentence.Index] = known.Features.Count;
            if (!staged[sentence.Index]) LabelFeatures.Read(sentence, ref known);
        }
        var features = known.Features;
        starts[^1] = features.Count;

        var labels = model.Labels.Length;
        var seen = Seen(model.FeatureNames.Length);
        var z = new double[labels];
        var (flatStarts, flatLabels, flatWeights) = model.Flat;
        var best = new (double P, int From, int To)[labels];
        var peak = new double[labels];
        var passage = total <= PassageWords;
        var threshold = passage ? model.Threshold : model.LongThreshold;
        var twice = new bool[labels];
        var before = new bool[labels];
        for (var from = 0; from < words.Length;)
        {
            var (to, count, half) = (from, 0, -1);
            for (; to < words.Length && (count < WindowWords || to == from); to++)
            {
                count += words[to];
                if (half < 0 && count >= WindowWords / 2) half = to + 1;
            }
            var window = NextWindow(seen);
            if (count < FewestWords) break;
            Array.Copy(model.Bias, z, labels);
            for (var i = starts[from]; i < starts[to]; i++)
            {
                var f = features[i];
                if (seen[f] == window) continue;
                seen[f] = window;
                for (var k = flatStarts[f]; k < flatStarts[f + 1]; k++) z[flatLabels[k]] += flatWeights[k];
            }
            for (var l = 0; l < labels; l++)
            {
                var p = 1 / (1 + Math.Exp(-z[l]));
                peak[l] = Math.Max(peak[l], p);
                var over = p >= threshold[l];
                twice[l] |= over && before[l];
                before[l] = over;
                if (over && p > best[l].P) best[l] = (p, from, to);
            }
            if (to >= words.Length) break;
            from = Math.Max(from + 1, half < 0 ? to : Math.Min(half, to));
        }

        var hits = new List<Hit>();
        for (var l = 0; l < labels; l++)
            if (best[l].P > 0 && (passage || twice[l])) Explain(text, model, l, best[l], threshold[l], features, starts, hits);
        return new LearnedReading(model, hits, passage ? peak : null);
    }

    private readonly struct Known(Dictionary<ulong, int> index, List<int> features) : LabelFeatures.ISink
    {
        public List<int> Features => features;

        public void Found(ulong hash, ReadOnlySpan<char> word, bool negated)
        {
            if (index.TryGetValue(hash, out var f)) features.Add(f);
        }
    }

    // Which features a window has counted, as the window's number in a slot per feature: kept per thread, since most
    // texts are short and a fresh array per text cost more than reading them.
    [ThreadStatic] private static int[]? _seen;
    [ThreadStatic] private static int _window;

    private static int[] Seen(int features)
    {
        if (_seen is null || _seen.Length < features) (_seen, _window) = (new int[features], 0);
        return _seen;
    }

    private static int NextWindow(int[] seen)
    {
        if (_window == int.MaxValue)
        {
            Array.Clear(seen);
            _window = 0;
        }
        return ++_window;
    }

    private static string Name(string feature) => feature.StartsWith('!') ? "not " + feature[1..] : feature;

    // The three sentences of the window that weigh most for the label, and the six words that weighed most.
    private static void Explain(TextDocument text, LabelModel model, int label, (double P, int From, int To) won, double threshold,
        List<int> features, int[] starts, List<Hit> hits)
    {
        var seen = Seen(model.FeatureNames.Length);
        var window = NextWindow(seen);
        var weighed = new List<(int Feature, float Weight)>();
        var (flatStarts, flatLabels, flatWeights) = model.Flat;
        var bySentence = new List<(int Sentence, double Weight)>();
        for (var s = won.From; s < won.To; s++)
        {
            double sum = 0;
            for (var i = starts[s]; i < starts[s + 1]; i++)
            {
                var f = features[i];
                var k = Array.IndexOf(flatLabels, label, flatStarts[f], flatStarts[f + 1] - flatStarts[f]);
                if (k < 0 || flatWeights[k] <= 0) continue;
                sum += flatWeights[k];
                if (seen[f] != window) weighed.Add((f, flatWeights[k]));
                seen[f] = window;
            }
            if (sum > 0) bySentence.Add((s, sum));
        }
        if (bySentence.Count == 0) return;
        var confidence = Math.Min(Base + (Top - Base) * (won.P - threshold) / Math.Max(1 - threshold, 1e-9), Top);
        weighed.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Feature.CompareTo(b.Feature));
        var note = "words that weighed most in a model learned from labelled passages: "
            + string.Join(", ", weighed.Take(6).Select(w => Name(model.FeatureNames[w.Feature])));
        bySentence.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var c && c != 0 ? c : a.Sentence.CompareTo(b.Sentence));
        for (var i = 0; i < Math.Min(3, bySentence.Count); i++)
            hits.Add(new Hit(model.Labels[label], text.Sentences[bySentence[i].Sentence], i == 0 ? confidence : 0, note));
    }
}
