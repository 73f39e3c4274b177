using Encore.Understanding;
using Encore.Understanding.Learned;

namespace Encore.Bench;

// `train-labels FOLDER...`: fits the learned label layer on the labelled passages in the folders (whole stories are
// left out: their labels belong to the story, not to any one window of it) and writes
// src/Encore.Core/Understanding/Learned/labels.model, printing each label's cross-validated threshold and what it
// found at that threshold. The held-out sets must never be among the folders. The team set is (LabelTrainer.Folders):
// its figures are then training figures, and EVALUATION.md says so. A test checks that the shipped file is what this
// command writes today. `--out FILE` writes the model to FILE instead: train without one writer's set, then measure
// that set with `eval-layers PATH --model FILE`.
public static class TrainLabels
{
    public const string DefaultFile = "src/Encore.Core/Understanding/Learned/labels.model";

    public static int Run(string[] folders, string file)
    {
        var items = LabelTrainer.Passages(folders);
        var (model, report) = LabelTrainer.Train(items, ContentLabels.All);
        Console.WriteLine($"{items.Count} passages, {model.FeatureNames.Length} features kept");
        Console.WriteLine($"{"label",-32} {"pos",5} {"thresh",7} {"long",5} {"TP",4} {"FP",4}  held-out precision / recall");
        foreach (var r in report)
            Console.WriteLine($"{r.Label,-32} {r.Positives,5} {r.Threshold,7:0.00} {r.LongThreshold,5:0.00} {r.TruePositives,4} {r.FalsePositives,4}  " +
                $"{(r.TruePositives + r.FalsePositives == 0 ? 1 : (double)r.TruePositives / (r.TruePositives + r.FalsePositives)):0.000} / {(r.Positives == 0 ? 0 : (double)r.TruePositives / r.Positives):0.000}");
        using var writer = new StreamWriter(file);
        model.Write(writer, LabelTrainer.Header(folders, items.Count));
        return 0;
    }
}
