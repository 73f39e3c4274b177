namespace Encore.Import;

// Splits the story at chapter headings and gives each chapter its own leading and trailing author's notes.
internal static class PostChapters
{
    public const int MaxChapters = 200;

    public static void Split(List<Block> body, ParsedPost post)
    {
        var headings = new List<(int Index, ChapterHeading Heading)>();
        for (var i = 0; i < body.Count; i++)
            if (body[i].Kind is BlockKind.Heading or BlockKind.Paragraph && body[i].IsSingleLine && ChapterHeading.Parse(body[i].Text) is { } h)
                headings.Add((i, h));

        if (headings.Count > MaxChapters)
            throw new ImportException($"This post has {headings.Count} chapter headings; a work can have at most {MaxChapters} chapters.");

        if (headings.Count == 0)
        {
            AddChapter(post, null, body, isLast: true);
            return;
        }

        // Story text before the first heading belongs to the first chapter rather than being lost.
        var lead = body.Take(headings[0].Index).ToList();
        for (var c = 0; c < headings.Count; c++)
        {
            var start = headings[c].Index + 1;
            var stop = c + 1 < headings.Count ? headings[c + 1].Index : body.Count;
            var blocks = body.GetRange(start, stop - start);
            if (c == 0) blocks.InsertRange(0, lead);
            AddChapter(post, headings[c].Heading.Title, blocks, isLast: c == headings.Count - 1);
        }

        var totals = headings.Select(h => h.Heading).ToList();
        if (totals.FirstOrDefault(h => h.Total != null) is { Total: { } total }) post.ExpectedChapters ??= total;
        if (totals.Any(h => h.TotalUnknown)) post.Complete ??= false;
        // A post that is "Chapter 3" alone is one chapter of a longer work still being posted.
        if (headings.Count == 1 && headings[0].Heading.Word.StartsWith("ch", StringComparison.OrdinalIgnoreCase) && post.ExpectedChapters == null)
            post.Complete ??= false;
    }

    private static void AddChapter(ParsedPost post, string? title, List<Block> blocks, bool isLast)
    {
        var notes = new List<string>();
        var endNotes = new List<string>();
        while (blocks.Count > 1 && IsNote(blocks[0], out var note)) { notes.Add(note); blocks.RemoveAt(0); }
        // The last chapter's trailing notes were already taken as the work's end notes.
        while (!isLast && blocks.Count > 1 && IsNote(blocks[^1], out var note)) { endNotes.Insert(0, note); blocks.RemoveAt(blocks.Count - 1); }
        blocks = Block.TrimSceneBreaks(blocks);
        if (blocks.Count == 0) return;
        post.Chapters.Add(new ParsedChapter
        {
            Title = title,
            Notes = notes.Count == 0 ? null : Paragraphs(notes),
            EndNotes = endNotes.Count == 0 ? null : Paragraphs(endNotes),
            Html = Block.ToHtml(blocks),
        });
    }

    private static bool IsNote(Block block, out string note)
    {
        note = "";
        if (block.Kind != BlockKind.Paragraph) return false;
        var first = block.Text.Split('\n')[0];
        if (!Labels.TryParse(first, out var field, out var value) || field is not (Field.Notes or Field.EndNotes)) return false;
        var lines = block.Text.Split('\n');
        lines[0] = FieldReader.NoteText(first, value);
        note = string.Join('\n', lines).Trim();
        return true;
    }

    public static string Paragraphs(IEnumerable<string> texts) =>
        Block.ToHtml(texts.Where(t => t.Trim().Length > 0).Select(t => Block.Paragraph(t.Trim())));
}
