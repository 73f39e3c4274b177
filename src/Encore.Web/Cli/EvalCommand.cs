using System.CommandLine;
using System.Text.Json;
using Encore.Understanding;

namespace Encore.Web.Cli;

// encore eval [--db PATH] [--mistakes] [--json] PATH: precision, recall and F1 of the text analyser per label.
public static class EvalCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A labelled file, or a folder of them (format: EVALUATION.md)" };
        var mistakes = new Option<bool>("--mistakes") { Description = "List every false positive and miss, with the evidence quoted" };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON" };
        var command = new Command("eval", "Measure the text analyser on a labelled set") { path, mistakes, json };
        command.SetAction((parse, ct) => EncoreCli.Guard(async () =>
        {
            List<EvaluationItem> items;
            try
            {
                items = EvaluationSet.Read(parse.GetValue(path)!);
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                await Console.Error.WriteLineAsync($"encore: {e.Message}");
                return 2;
            }
            if (items.Count == 0)
            {
                await Console.Error.WriteLineAsync($"encore: {parse.GetValue(path)} has no labelled items (each starts with a line \"=== ID\"; see EVALUATION.md).");
                return 2;
            }
            await using var db = await ReadOnlyDatabase.OpenAsync(EncoreCli.Database(parse), ct);
            var knowledge = db == null ? KnowledgeBase.Shipped() : await KnowledgeBase.LoadAsync(db, ct);
            var report = Evaluation.Run(new TextAnalyzer(knowledge), items);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(report, ImportCommand.Json));
            else Print(report, parse.GetValue(mistakes));
            return 0;
        }));
        return command;
    }

    private static void Print(EvaluationReport report, bool mistakes)
    {
        Console.WriteLine($"{report.Items} items, {report.CharactersRead / 1024.0 / 1024.0:N2} MB of text, analysed in {report.Seconds:N2} s");
        Console.WriteLine();
        Console.WriteLine($"{"label",-32} {"TP",4} {"FP",4} {"FN",4} {"precision",10} {"recall",8} {"F1",6}");
        foreach (var l in report.Labels.Append(report.Overall).Append(report.Characters))
            Console.WriteLine($"{l.Label,-32} {l.TruePositives,4} {l.FalsePositives,4} {l.FalseNegatives,4} {l.Precision,10:0.000} {l.Recall,8:0.000} {l.F1,6:0.000}");
        if (report.RatingsJudged > 0)
            Console.WriteLine($"{"rating (exact match)",-32} {report.RatingsRight} of {report.RatingsJudged} = {(double)report.RatingsRight / report.RatingsJudged:0.000}");
        if (!mistakes) return;
        Console.WriteLine();
        foreach (var m in report.Mistakes)
            Console.WriteLine($"{m.Id}: {m.Kind}: {m.What}{(m.Evidence == null ? "" : $"  “{m.Evidence}”")}");
    }
}
