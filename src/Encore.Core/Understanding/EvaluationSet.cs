namespace Encore.Understanding;

// A labelled text of the evaluation set (EVALUATION.md describes the format):
//   === ID
//   fandom: NAME
//   labels: A, B            (the complete set of warning and content labels that apply)
//   characters: X, Y        (optional: the complete set of canonical characters)
//   rating: R               (optional)
//   ---
//   the text …
public sealed record EvaluationItem(string Id, string File, string Fandom, IReadOnlyList<string> Labels,
    IReadOnlyList<string>? Characters, string? Rating, string Text);

public static class EvaluationSet
{
    public static List<EvaluationItem> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        var items = new List<EvaluationItem>();
        foreach (var file in files) items.AddRange(Parse(File.ReadAllText(file), Path.GetRelativePath(Directory.Exists(path) ? path : Path.GetDirectoryName(path)!, file)));
        var duplicate = items.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null) throw new FormatException($"The id {duplicate.Key} is used twice ({string.Join(", ", duplicate.Select(i => i.File))}).");
        return items;
    }

    public static IEnumerable<EvaluationItem> Parse(string content, string file)
    {
        var lines = content.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("=== ", StringComparison.Ordinal)) continue;
            var id = lines[i][4..].Trim();
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var j = i + 1;
            for (; j < lines.Length && lines[j].Trim() != "---"; j++)
            {
                var colon = lines[j].IndexOf(':');
                if (colon > 0) fields[lines[j][..colon].Trim()] = lines[j][(colon + 1)..].Trim();
                else if (lines[j].Trim().Length > 0) throw new FormatException($"{file}: item {id}: \"{lines[j]}\" is not a \"field: value\" line (end the header with ---).");
            }
            var k = j + 1;
            while (k < lines.Length && !lines[k].StartsWith("=== ", StringComparison.Ordinal)) k++;
            if (!fields.TryGetValue("fandom", out var fandom)) throw new FormatException($"{file}: item {id} has no fandom.");
            if (!fields.TryGetValue("labels", out var labels)) throw new FormatException($"{file}: item {id} has no labels line.");
            var labelList = List(labels);
            var unknown = labelList.FirstOrDefault(l => !ContentLabels.All.Contains(l));
            if (unknown != null) throw new FormatException($"{file}: item {id}: \"{unknown}\" is not one of the labels ({string.Join(", ", ContentLabels.All)}).");
            yield return new EvaluationItem(id, file, fandom, labelList,
                fields.TryGetValue("characters", out var characters) ? List(characters) : null,
                fields.GetValueOrDefault("rating") is { Length: > 0 } rating ? rating : null,
                string.Join('\n', lines[(j + 1)..k]).Trim());
            i = k - 1;
        }
    }

    private static List<string> List(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
