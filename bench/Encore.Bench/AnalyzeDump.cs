using System.Text;
using Encore.Understanding;

namespace Encore.Bench;

// `analyze-dump FILE`: every suggestion the analyser makes on the evaluation set, the sample works, the shared real
// posts and the bench's one 5 MB text, written one line each. Two versions of the rules give the same file exactly
// when a speed change has changed no result (a finer check than the eval's counts).
public static class AnalyzeDump
{
    public static int Run(string output)
    {
        var analyzer = new TextAnalyzer(KnowledgeBase.Shipped());
        var texts = Corpus();
        var lines = new StringBuilder();
        foreach (var (id, fandom, text) in texts)
        {
            foreach (var s in analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = fandom == null ? [] : [fandom] }))
                lines.Append(id).Append('\t').Append(s.Type).Append('\t').Append(s.Tag).Append('\t').Append(s.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
                    .Append('\t').Append(string.Join(' ', s.Evidence.Select(e => $"{e.Source}:{e.Start}-{e.End}"))).Append('\t').Append(s.Note).Append('\n');
        }
        File.WriteAllText(output, lines.ToString());
        Console.WriteLine($"{texts.Count} texts, {lines.ToString().Count(c => c == '\n')} suggestions written to {output}");
        return 0;
    }

    public static List<(string Id, string? Fandom, string Text)> Corpus()
    {
        var texts = new List<(string, string?, string)>();
        var items = EvaluationSet.Read("eval");
        texts.AddRange(items.Select(i => (i.Id, (string?)i.Fandom, i.Text)));
        // The same items without their fandom: the characters and who dies are then read with no cast.
        texts.AddRange(items.Select(i => ("nofandom:" + i.Id, (string?)null, i.Text)));
        foreach (var file in Directory.EnumerateFiles("src/Encore.Core/Samples/Works", "*.md").Order(StringComparer.Ordinal))
            texts.Add(("sample:" + Path.GetFileName(file), null, File.ReadAllText(file)));
        if (Directory.Exists("/work/shared/samples"))
            foreach (var file in Directory.EnumerateFiles("/work/shared/samples", "*.txt").Order(StringComparer.Ordinal))
                texts.Add(("shared:" + Path.GetFileName(file), null, File.ReadAllText(file)));
        texts.Add(("whole", "Smash (TV 2012)", AnalyzeBenchmark.Whole(items)));
        return texts;
    }
}
