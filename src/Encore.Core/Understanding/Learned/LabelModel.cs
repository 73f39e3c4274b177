using System.Globalization;

namespace Encore.Understanding.Learned;

// A logistic model per content label over LabelFeatures, trained by LabelTrainer on labelled passages and shipped
// as a text file (labels.model) a person can read: a header line per label (its bias, and the probabilities from which
// it is suggested in a passage and in a longer text, chosen by cross-validation for precision), then one line per
// feature with its weight for each label it matters to. Deterministic: the same text always gives the same scores.
internal sealed class LabelModel
{
    public required string[] Labels { get; init; }
    public required double[] Bias { get; init; }
    public required double[] Threshold { get; init; }
    // A text longer than a passage is read in many windows, each a chance to cross by accident: a stricter threshold.
    public required double[] LongThreshold { get; init; }
    public required Dictionary<ulong, int> FeatureIndex { get; init; }
    public required string[] FeatureNames { get; init; }
    // Weights[feature][k] for label LabelOf[feature][k]: most features matter to one or two labels.
    public required int[][] LabelOf { get; init; }
    public required float[][] Weights { get; init; }

    // The same weights in three flat arrays, as the analyser reads them: feature f's labels and weights are at
    // [Starts[f], Starts[f + 1]), one contiguous block instead of two small arrays per feature. Held by one reference,
    // so an analysis on another thread sees the arrays whole or builds its own, never half of them.
    public sealed record FlatWeights(int[] Starts, int[] Labels, float[] Weights);

    public FlatWeights Flat => _flat ??= Flatten();

    private FlatWeights? _flat;

    private FlatWeights Flatten()
    {
        var starts = new int[LabelOf.Length + 1];
        for (var f = 0; f < LabelOf.Length; f++) starts[f + 1] = starts[f] + LabelOf[f].Length;
        return new(starts, [.. LabelOf.SelectMany(l => l)], [.. Weights.SelectMany(w => w)]);
    }

    private static readonly Lazy<LabelModel> Shipped = new(() =>
    {
        using var stream = typeof(LabelModel).Assembly.GetManifestResourceStream("Encore.Understanding.Learned.labels.model")
            ?? throw new InvalidOperationException("The learned label model is not embedded in Encore.Core.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    public static LabelModel Default => Shipped.Value;

    public static readonly LabelModel None = new() { Labels = [], Bias = [], Threshold = [], LongThreshold = [], FeatureIndex = [], FeatureNames = [], LabelOf = [], Weights = [] };

    public static LabelModel Read(TextReader reader)
    {
        var labels = new List<string>();
        var bias = new List<double>();
        var threshold = new List<double>();
        var longThreshold = new List<double>();
        var index = new Dictionary<ulong, int>();
        var names = new List<string>();
        var labelOf = new List<int[]>();
        var weights = new List<float[]>();
        while (reader.ReadLine() is { } line)
        {
            // Words are letters, digits, apostrophes and hyphens, so "//" and "@" cannot begin a feature.
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var parts = line.Split('\t');
            if (parts[0] == "@label")
            {
                labels.Add(parts[1]);
                bias.Add(double.Parse(parts[2], CultureInfo.InvariantCulture));
                threshold.Add(double.Parse(parts[3], CultureInfo.InvariantCulture));
                longThreshold.Add(double.Parse(parts[4], CultureInfo.InvariantCulture));
                continue;
            }
            var pairs = parts[1].Split(' ');
            index[LabelFeatures.Hash(parts[0])] = names.Count;
            names.Add(parts[0]);
            labelOf.Add(pairs.Select(p => int.Parse(p[..p.IndexOf(':')], CultureInfo.InvariantCulture)).ToArray());
            weights.Add(pairs.Select(p => float.Parse(p[(p.IndexOf(':') + 1)..], CultureInfo.InvariantCulture)).ToArray());
        }
        return new LabelModel
        {
            Labels = [.. labels], Bias = [.. bias], Threshold = [.. threshold], LongThreshold = [.. longThreshold],
            FeatureIndex = index,
            FeatureNames = [.. names], LabelOf = [.. labelOf], Weights = [.. weights],
        };
    }

    public void Write(TextWriter writer, string header)
    {
        // "\n" whatever the platform, so the file (and the test that compares it) is the same everywhere.
        void Line(string text) => writer.Write(text + "\n");
        foreach (var line in header.Split('\n')) Line("// " + line);
        for (var l = 0; l < Labels.Length; l++)
            Line(string.Create(CultureInfo.InvariantCulture, $"@label\t{Labels[l]}\t{Bias[l]:0.######}\t{Threshold[l]:0.###}\t{LongThreshold[l]:0.###}"));
        for (var f = 0; f < FeatureNames.Length; f++)
            Line(FeatureNames[f] + "\t" + string.Join(' ', LabelOf[f].Select((l, k) =>
                string.Create(CultureInfo.InvariantCulture, $"{l}:{Weights[f][k]:0.####}"))));
    }
}
