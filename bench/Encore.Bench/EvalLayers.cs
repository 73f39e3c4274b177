using Encore.Understanding;
using Encore.Understanding.Learned;

namespace Encore.Bench;

// `eval-layers PATH`: the evaluation of PATH with the rules and fields alone, then with the learned layer too, label by
// label, so what each layer adds (and costs) on a set can be read from one run. `--model FILE` reads a model that
// train-labels --out wrote, instead of the shipped one.
public static class EvalLayers
{
    public static int Run(string path, string? modelFile)
    {
        var items = EvaluationSet.Read(path);
        var knowledge = KnowledgeBase.Shipped();
        var alone = Evaluation.Run(new TextAnalyzer(knowledge, LabelModel.None), items);
        LabelModel model;
        if (modelFile is null) model = LabelModel.Default;
        else
        {
            using var reader = File.OpenText(modelFile);
            model = LabelModel.Read(reader);
        }
        var both = Evaluation.Run(new TextAnalyzer(knowledge, model), items);
        Console.WriteLine($"{items.Count} items; precision / recall (TP FP FN): rules and fields alone -> with the learned layer");
        foreach (var (a, b) in alone.Labels.Zip(both.Labels).Append((alone.Overall, both.Overall)))
            Console.WriteLine($"{a.Label,-32} {a.Precision:0.000} / {a.Recall:0.000} ({a.TruePositives} {a.FalsePositives} {a.FalseNegatives})  ->  " +
                $"{b.Precision:0.000} / {b.Recall:0.000} ({b.TruePositives} {b.FalsePositives} {b.FalseNegatives})");
        return 0;
    }
}
