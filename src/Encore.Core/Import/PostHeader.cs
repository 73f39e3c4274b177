namespace Encore.Import;

// Reads the top of a post, line by line, until the story starts: the blog date and subject, a title, "Label: value"
// headers, bare pairing and setting lines, disclaimers, author's notes, dedications and canon notes.
// Returns the blocks that remain (the story, and whatever follows it).
internal sealed class PostHeader(ParsedPost post, PostContext context)
{
    public PostContext Context => context;
    private bool _titleAllowed = true;
    private bool _expectSubject;
    private string? _subjectTitle;
    private Field? _pending;      // a label with its value on the next line ("Summary:" then the summary)
    private Field? _continuing;   // a multi-line value in the same block (a summary over two lines)

    public List<Block> Read(List<Block> blocks)
    {
        var remaining = ReadBlocks(blocks);
        // A blog entry's subject is its title when the entry does not repeat it.
        if (post.Title == null && !string.IsNullOrWhiteSpace(_subjectTitle)) post.Title = _subjectTitle;
        return remaining;
    }

    private List<Block> ReadBlocks(List<Block> blocks)
    {
        var i = 0;
        var any = false;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.SceneBreak) { if (any) continue; break; }
            if (block.Kind == BlockKind.Raw) break;
            if (block.Kind == BlockKind.Heading)
            {
                if (ChapterHeading.Parse(block.Text) != null) break;
                if (post.Title == null && _titleAllowed && !Patterns.IsProse(block.Text)) { post.Title = block.Text.Trim(); _titleAllowed = false; any = true; continue; }
                if (Labels.TryParse(block.Text, out _, out _) is false) break;
            }

            var lines = block.Text.Split('\n');
            var stop = -1;
            for (var j = 0; j < lines.Length; j++)
            {
                if (!ReadLine(lines[j].Trim(), isLastLineOfPost: i == blocks.Count - 1 && j == lines.Length - 1, titleAlone: lines.Length == 1 || j < lines.Length - 1))
                {
                    stop = j;
                    break;
                }
                any = true;
            }
            _continuing = null;
            if (stop == 0) break;
            if (stop > 0)
            {
                // The block began with headers and then the story started inside it: keep the story lines.
                var rest = string.Join('\n', lines[stop..]);
                var remaining = new List<Block> { Block.Paragraph(rest) };
                remaining.AddRange(blocks.Skip(i + 1));
                return remaining;
            }
        }
        return blocks.Skip(i).ToList();
    }

    // True when the line is header material (and has been recorded); false when the story starts here.
    private bool ReadLine(string line, bool isLastLineOfPost, bool titleAlone)
    {
        if (line.Length == 0) return true;
        if (Patterns.BlogDate().IsMatch(line))
        {
            post.Published ??= Vocabulary.Date(line.Replace("@", " "));
            _expectSubject = true;
            return true;
        }
        if (_expectSubject)
        {
            _expectSubject = false;
            ReadSubject(line);
            return true;
        }
        if (_pending is { } pending)
        {
            _pending = null;
            FieldReader.Apply(post, context, pending, line, line);
            _continuing = pending is Field.Summary or Field.Notes ? pending : null;
            _titleAllowed = false;
            return true;
        }
        if (Labels.TryParse(line, out var field, out var value))
        {
            _titleAllowed = false;
            if (value.Length == 0 && field is Field.Summary or Field.Notes or Field.Dedication or Field.Title) { _pending = field; return true; }
            FieldReader.Apply(post, context, field, value, line);
            _continuing = field is Field.Summary or Field.Notes ? field : null;
            return true;
        }
        if (_subjectTitle != null && Same(line, _subjectTitle))
        {
            post.Title ??= line;
            _subjectTitle = null;
            return true;
        }
        if (Bare(line)) { _titleAllowed = false; return true; }
        if (_continuing == Field.Summary)
        {
            post.Summary += "\n" + line;
            return true;
        }
        if (_continuing == Field.Notes)
        {
            post.Notes[^1] += "\n" + line;
            return true;
        }
        if (post.Title == null && _titleAllowed && titleAlone && !isLastLineOfPost && LooksLikeTitle(line))
        {
            post.Title = line;
            _titleAllowed = false;
            return true;
        }
        if (ByLine(line)) return true;
        return false;
    }

    // Unlabelled lines every reader recognises: a pairing, a setting, a canon note, a disclaimer, a dedication.
    private bool Bare(string line)
    {
        if (line.Length <= 160 && Patterns.RelationshipLine().Match(line) is { Success: true } rel && NamesLookLikeNames(rel.Groups["names"].Value))
        {
            FieldReader.Relationship(post, line);
            return true;
        }
        if (Patterns.Setting().IsMatch(line) || Patterns.CanonNote().IsMatch(line) || Patterns.Disclaimer().IsMatch(line))
        {
            post.Notes.Add(line);
            return true;
        }
        if (Patterns.Dedication().Match(line) is { Success: true, Index: < 10 })
        {
            post.Notes.Add(line);
            foreach (var name in Dedications.Recipients(line)) post.AddUnique(post.Gifts, name);
            return true;
        }
        return false;
    }

    // "by Jane Doe" under a title.
    private bool ByLine(string line)
    {
        if (!line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || line.Length > 60 || post.Title == null) return false;
        FieldReader.Apply(post, context, Field.Creators, line[3..], line);
        return true;
    }

    public void UseSubject(string subject)
    {
        if (subject.Length > 0) ReadSubject(subject);
    }

    // LiveJournal subjects often read "FANDOM: title" or "Fic: title (Derek/Karen, PG-13)".
    private void ReadSubject(string subject)
    {
        var colon = subject.IndexOf(':');
        var title = subject;
        if (colon > 0 && colon < 40)
        {
            var prefix = subject[..colon].Trim();
            title = subject[(colon + 1)..].Trim();
            if (!IsGenericPrefix(prefix)) post.AddUnique(post.Fandoms, context.ResolveFandom(prefix));
        }
        _subjectTitle = title;
    }

    private static bool IsGenericPrefix(string prefix) =>
        prefix.ToLowerInvariant() is "fic" or "fanfic" or "fanfiction" or "new fic" or "ficlet" or "drabble" or "story" or "oneshot" or "one-shot";

    private static bool Same(string a, string b) =>
        string.Equals(Squeeze(a), Squeeze(b), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());

    // A title: short, not a sentence, not dialogue, not a chapter heading.
    private static bool LooksLikeTitle(string line) =>
        line.Length <= 100 && !Patterns.IsProse(line) && line[^1] is not ('.' or ',' or ';' or ':' or '"' or '”')
        && ChapterHeading.Parse(line) == null && !TextBlocks.IsSceneBreak(line);

    // "Derek/Karen", "Karen Cartwright & Ivy Lynn": each side a capitalised name of a few words.
    private static bool NamesLookLikeNames(string names) =>
        names.Split(['/', '&'], StringSplitOptions.TrimEntries).All(n => n.Length > 0 && char.IsUpper(n[0]) && n.Split(' ').Length <= 4);
}
