using Encore.Search;

namespace Encore.Tests.Search;

// Full-text matching written the slow, obvious way: each work's fields as lists of values, each value's words as
// the shared tokenizer gives them, and every term tested by scanning them. Shares only the tokenizer and the query
// parser (both tested on their own) with the index.
public sealed class TextBruteForce
{
    private readonly Dictionary<int, List<List<string>>[]> _fields = [];

    // Works given as the index is given them.
    public TextBruteForce(IEnumerable<WorkText> texts)
    {
        foreach (var t in texts)
            _fields[t.WorkId] = Enumerable.Range(0, WorkText.FieldCount)
                .Select(f => t[(TextField)f].Select(TextTokens.Words).Where(w => w.Count > 0).ToList()).ToArray();
    }

    public TextBruteForce(GeneratedArchive a)
    {
        var tagNames = a.Tags.ToDictionary(t => t.Id, t => t.Name);
        var texts = a.Texts.ToDictionary(t => t.WorkId);
        var creators = a.Creators.ToLookup(c => c.WorkId);
        var tags = a.WorkTags.ToLookup(l => l.WorkId);
        foreach (var w in a.Works)
        {
            var values = Enumerable.Range(0, WorkText.FieldCount).Select(_ => new List<string?>()).ToArray();
            values[(int)TextField.Title].Add(w.Title);
            foreach (var c in creators[w.Id].Where(c => !c.IsPending))
            {
                values[(int)TextField.Creator].Add(c.Name);
                if (c.UserId != null) values[(int)TextField.Creator].Add(c.UserId);   // the generated user name is the id
            }
            foreach (var l in tags[w.Id]) values[(int)TextField.Tag].Add(tagNames[l.TagId]);
            if (texts.TryGetValue(w.Id, out var text))
            {
                values[(int)TextField.Summary].Add(text.Summary);
                values[(int)TextField.Notes].Add(text.Notes);
                foreach (var c in text.Chapters)
                {
                    values[(int)TextField.Body].Add(c.Title);
                    values[(int)TextField.Body].Add(c.Body);
                }
            }
            _fields[w.Id] = values.Select(v => v.Select(TextTokens.Words).Where(t => t.Count > 0).ToList()).ToArray();
        }
    }

    public bool Matches(int workId, TextQuery q) =>
        q.Required.All(c => c.Alternatives.Any(t => Has(workId, t))) && !q.Excluded.Any(t => Has(workId, t));

    public bool Has(int workId, TextTerm term)
    {
        var fields = term.Field is { } f ? [_fields[workId][(int)f]] : _fields[workId];
        foreach (var field in fields)
        foreach (var tokens in field)
        {
            if (term.Prefix)
            {
                if (tokens.Any(t => t.StartsWith(term.Words[0], StringComparison.Ordinal))) return true;
                continue;
            }
            for (var i = 0; i + term.Words.Count <= tokens.Count; i++)
                if (term.Words.Select((w, j) => tokens[i + j] == w).All(x => x)) return true;
        }
        return false;
    }

    // Every word in the archive's text, for picking query words that occur.
    public IEnumerable<List<string>> Values(int workId, TextField field) => _fields[workId][(int)field];
}
