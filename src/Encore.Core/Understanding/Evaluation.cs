namespace Encore.Understanding;

public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public int Support => TruePositives + FalseNegatives;
}

public sealed record EvaluationMistake(string Id, string Kind, string What, string? Evidence);

public sealed record EvaluationReport(
    int Items, IReadOnlyList<LabelScore> Labels, LabelScore Overall, LabelScore Characters,
    int RatingsJudged, int RatingsRight, IReadOnlyList<EvaluationMistake> Mistakes, double Seconds, long CharactersRead);

// Runs the analyser over a labelled set and counts, per label, what it found that was there (true positives), what
// it found that was not (false positives) and what it missed (false negatives). Characters are scored the same way
// over the items that list them; ratings by exact match.
public static class Evaluation
{
    public static EvaluationReport Run(TextAnalyzer analyzer, IReadOnlyList<EvaluationItem> items)
    {
        var counts = ContentLabels.All.ToDictionary(l => l, _ => (Tp: 0, Fp: 0, Fn: 0));
        var characters = (Tp: 0, Fp: 0, Fn: 0);
        var ratings = (Judged: 0, Right: 0);
        var mistakes = new List<EvaluationMistake>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long read = 0;

        foreach (var item in items)
        {
            read += item.Text.Length;
            var found = analyzer.Analyze(new AnalysisInput { Text = item.Text, Fandoms = [item.Fandom] });
            var labels = found.Where(s => s.Type is Suggestion.Warning or Suggestion.Content).ToDictionary(s => s.Tag);
            foreach (var label in ContentLabels.All)
            {
                var expected = item.Labels.Contains(label);
                var got = labels.TryGetValue(label, out var suggestion);
                var c = counts[label];
                if (expected && got) c.Tp++;
                else if (got) { c.Fp++; mistakes.Add(new(item.Id, "false positive", label, suggestion!.Evidence.FirstOrDefault()?.Quote)); }
                else if (expected) { c.Fn++; mistakes.Add(new(item.Id, "missed", label, null)); }
                counts[label] = c;
            }

            if (item.Characters != null)
            {
                var gold = item.Characters.ToHashSet(StringComparer.OrdinalIgnoreCase);
                var guessed = found.Where(s => s.Type == Suggestion.Character).ToDictionary(s => s.Tag, StringComparer.OrdinalIgnoreCase);
                foreach (var (name, s) in guessed)
                    if (gold.Contains(name)) characters.Tp++;
                    else { characters.Fp++; mistakes.Add(new(item.Id, "false positive", "character " + name, s.Evidence.FirstOrDefault()?.Quote)); }
                foreach (var name in gold.Where(g => !guessed.ContainsKey(g)))
                {
                    characters.Fn++;
                    mistakes.Add(new(item.Id, "missed", "character " + name, null));
                }
            }

            if (item.Rating != null)
            {
                ratings.Judged++;
                var rating = found.FirstOrDefault(s => s.Type == Suggestion.Rating)?.Tag;
                if (string.Equals(rating, item.Rating, StringComparison.OrdinalIgnoreCase)) ratings.Right++;
                else mistakes.Add(new(item.Id, "wrong rating", $"{rating} (expected {item.Rating})", null));
            }
        }

        var labelScores = ContentLabels.All.Select(l => new LabelScore(l, counts[l].Tp, counts[l].Fp, counts[l].Fn)).ToList();
        var overall = new LabelScore("overall (all labels)", labelScores.Sum(l => l.TruePositives), labelScores.Sum(l => l.FalsePositives), labelScores.Sum(l => l.FalseNegatives));
        return new EvaluationReport(items.Count, labelScores, overall, new LabelScore("characters", characters.Tp, characters.Fp, characters.Fn),
            ratings.Judged, ratings.Right, mistakes, clock.Elapsed.TotalSeconds, read);
    }
}
