namespace Encore.Import;

// Plain text into blocks. Posts come paragraphed two ways: blank lines between paragraphs (then a single newline
// inside a block is a line break, as AO3 treats it, or hard wrapping to be joined), or one paragraph per line with no
// blank lines at all. Scene-break lines ("* * *", "~~~", "-----", "oOo", "…") become breaks in either.
public static class TextBlocks
{
    private const string Decorations = "*~#=+_-•·°.—–:|<>";

    // "* * *", "~~~", "-----", "oOo", "~xXx~", "o0o", "…", "[scene break]": a line with no words that separates scenes.
    public static bool IsSceneBreak(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 40) return false;
        var squeezed = string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        if (squeezed is "…" or "[scenebreak]" or "[linebreak]" or "<hr>" or "<hr/>") return true;
        var core = string.Concat(squeezed.Where(c => !Decorations.Contains(c)));
        if (core.Length == 0) return squeezed.Length >= 3;
        return core.Length >= 3 && (core.All(c => c is 'o' or '0') || core.All(c => c == 'x'));
    }

    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Replace("\u200B", "").Replace("\uFEFF", "");

    public static List<Block> FromText(string text)
    {
        var lines = Normalize(text).Split('\n').Select(l => l.TrimEnd()).ToList();
        var groups = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
            }
            else current.Add(line);
        }
        if (current.Count > 0) groups.Add(current);

        var blankLineMode = groups.Count > 1;
        var blocks = new List<Block>();
        foreach (var group in groups)
        {
            if (!blankLineMode || group.Count == 1) { foreach (var line in group) blocks.Add(LineBlock(line)); continue; }
            AddGroup(group, blocks);
        }
        return blocks;
    }

    private static Block LineBlock(string line) => IsSceneBreak(line) ? Block.SceneBreak : Block.Paragraph(line.Trim());

    private static void AddGroup(List<string> group, List<Block> blocks)
    {
        // A scene-break line inside a block still breaks the scene.
        var run = new List<string>();
        foreach (var line in group)
        {
            if (IsSceneBreak(line))
            {
                Flush(run, blocks);
                blocks.Add(Block.SceneBreak);
            }
            else run.Add(line);
        }
        Flush(run, blocks);
    }

    private static void Flush(List<string> run, List<Block> blocks)
    {
        if (run.Count == 0) return;
        if (HardWrapped(run)) blocks.Add(Block.Paragraph(string.Join(' ', run.Select(l => l.Trim()))));
        // Long lines each ending a sentence are paragraphs of their own that happen to lack blank lines between them.
        else if (run.Count > 1 && run.All(l => l.Length > 150)) blocks.AddRange(run.Select(l => Block.Paragraph(l.Trim())));
        else blocks.Add(Block.Paragraph(string.Join('\n', run.Select(l => l.Trim()))));
        run.Clear();
    }

    // Text wrapped at a fixed width (old e-mail and text-file fic): lines of similar length, most not ending a sentence.
    private static bool HardWrapped(List<string> run)
    {
        if (run.Count < 3) return false;
        var body = run.Take(run.Count - 1).ToList();
        var wrappedLength = body.Count(l => l.Length is >= 45 and <= 100);
        var max = run.Max(l => l.Length);
        return max <= 100 && wrappedLength >= body.Count * 0.8;
    }
}
