namespace Encore.Import;

// Reads the end of a post backwards: blog footer fields, trailing author's notes, a dash list of notes ("- Title from
// …"), and "to be continued" lines. Returns the story blocks that remain.
internal sealed class PostFooter(ParsedPost post, PostContext context)
{
    // An author's note this close to the end carries everything after it into the end notes.
    private const int NoteReach = 4;

    public List<Block> Read(List<Block> blocks)
    {
        var end = blocks.Count;
        var notes = new List<string>();
        while (end > 0)
        {
            var block = blocks[end - 1];
            if (block.Kind == BlockKind.SceneBreak) { end--; continue; }
            if (block.Kind is BlockKind.Raw or BlockKind.Heading) break;
            var lines = block.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

            if (lines.All(IsBlogFooter))
            {
                foreach (var line in lines) ReadFooterField(line);
                end--;
                continue;
            }
            if (IsDashList(lines) || lines.Count <= 3 && Patterns.EndNoteLine().IsMatch(lines[0]))
            {
                notes.Insert(0, block.Text);
                end--;
                continue;
            }
            if (lines.Count == 1 && lines[0].Length <= 100 && Patterns.ToBeContinued().IsMatch(lines[0]))
            {
                post.Complete = false;
                notes.Insert(0, lines[0]);
                end--;
                continue;
            }
            var noteStart = FindNoteStart(blocks, end);
            if (noteStart >= 0)
            {
                for (var k = end - 1; k >= noteStart; k--) notes.Insert(0, NoteText(blocks[k]));
                end = noteStart;
                continue;
            }
            if (lines.Count == 1 && Patterns.TheEnd().IsMatch(lines[0])) post.Complete ??= true;
            break;
        }
        post.EndNotes.AddRange(notes.Where(n => n.Trim().Length > 0));
        return blocks.Take(end).ToList();
    }

    // The last "A/N:" (or "Notes:", "End notes:") block within reach of the end, if every block after it is short.
    private static int FindNoteStart(List<Block> blocks, int end)
    {
        for (var k = end - 1; k >= Math.Max(0, end - NoteReach); k--)
        {
            if (blocks[k].Kind != BlockKind.Paragraph) return -1;
            if (Labels.TryParse(blocks[k].Text.Split('\n')[0], out var field, out _) && field is Field.Notes or Field.EndNotes)
                return k;
        }
        return -1;
    }

    private static string NoteText(Block block)
    {
        var lines = block.Text.Split('\n');
        if (Labels.TryParse(lines[0], out var field, out var value) && field is Field.Notes or Field.EndNotes)
            lines[0] = FieldReader.NoteText(lines[0], value);
        return string.Join('\n', lines).Trim();
    }

    private static bool IsBlogFooter(string line) => Patterns.BlogFooter().IsMatch(line) || line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase);

    private void ReadFooterField(string line)
    {
        if (line.StartsWith("Tags:", StringComparison.OrdinalIgnoreCase)) FieldReader.BlogTags(post, context, FieldReader.List(line[5..]));
        else if (Labels.TryParse(line, out var field, out var value)) FieldReader.Apply(post, context, field, value, line);
    }

    // "- Title from R.I.P. by 3OH!3" and its siblings: a list of notes after the story.
    private static bool IsDashList(List<string> lines) =>
        lines.Count > 0 && lines.All(l => l.Length <= 600 && (l.StartsWith("- ") || l.StartsWith("* ") || l.StartsWith("• ") || l.StartsWith("– ")));
}
