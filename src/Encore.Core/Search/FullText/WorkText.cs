using System.Runtime.CompilerServices;
using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

// The searchable fields of a work, in the order their words are numbered. Body is the story: chapter titles and text.
public enum TextField : byte { Title, Creator, Tag, Summary, Notes, Body }

// One work's searchable text, already plain (HTML reduced by StoryText). Each field holds separate values (each tag,
// each creator, each chapter) so that a phrase never runs from one into the next.
public sealed class WorkText(int workId)
{
    public const int FieldCount = 6;
    private readonly List<string>[] _values = [[], [], [], [], [], []];

    public int WorkId => workId;
    public IReadOnlyList<string> this[TextField field] => _values[(int)field];

    public WorkText Add(TextField field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _values[(int)field].Add(text);
        return this;
    }

    // A hash of every value, so a refresh can tell that nothing searchable changed (a kudos, a hit) and skip the work.
    public ulong Fingerprint()
    {
        var h = 14695981039346656037UL;
        for (var f = 0; f < FieldCount; f++)
        {
            foreach (var v in _values[f])
            {
                foreach (var c in v) h = (h ^ c) * 1099511628211UL;
                h = (h ^ 0x1F) * 1099511628211UL;
            }
            h = (h ^ 0x1E) * 1099511628211UL;
        }
        return h;
    }
}

// Reads works' searchable text from the database in batches of works by id (a few flat queries a batch), so indexing
// a whole archive never holds more than one batch of text in memory.
public static class WorkTextReader
{
    private const int MaxWorksPerBatch = 500;
    private const long MaxWordsPerBatch = 1_000_000;

    public static async IAsyncEnumerable<WorkText> ReadAllAsync(EncoreDb db, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var sizes = await db.Works.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Id, w.WordCount }).ToListAsync(ct);
        var start = 0;
        while (start < sizes.Count)
        {
            var end = start;
            long words = 0;
            while (end < sizes.Count && end - start < MaxWorksPerBatch && (end == start || words + sizes[end].WordCount <= MaxWordsPerBatch))
                words += sizes[end++].WordCount;
            foreach (var text in await ReadRangeAsync(db, sizes[start].Id, sizes[end - 1].Id, ct)) yield return text;
            start = end;
        }
    }

    public static async Task<WorkText?> ReadOneAsync(EncoreDb db, int workId, CancellationToken ct = default) =>
        (await ReadAsync(db, workId, workId, null, ct)).SingleOrDefault();

    // The works with ids from..to, in id order.
    public static Task<List<WorkText>> ReadRangeAsync(EncoreDb db, int from, int to, CancellationToken ct = default) =>
        ReadAsync(db, from, to, null, ct);

    // The given works (a batch of the change feed), in id order; works no longer there are left out.
    public static Task<List<WorkText>> ReadSomeAsync(EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default) =>
        ReadAsync(db, 0, 0, workIds.Distinct().ToArray(), ct);

    // By id range, or by a list of ids passed as one array parameter (json_each, = ANY): EF's default of a
    // parameter per id makes a batch of thousands cost seconds to prepare.
    private static async Task<List<WorkText>> ReadAsync(EncoreDb db, int from, int to, int[]? ids, CancellationToken ct)
    {
        var works = db.Works.AsNoTracking();
        var creators = db.Creatorships.AsNoTracking().Where(c => !c.IsPending);
        var tags = db.WorkTags.AsNoTracking();
        var chapters = db.Chapters.AsNoTracking();
        if (ids == null)
        {
            works = works.Where(w => w.Id >= from && w.Id <= to);
            creators = creators.Where(c => c.WorkId >= from && c.WorkId <= to);
            tags = tags.Where(l => l.WorkId >= from && l.WorkId <= to);
            chapters = chapters.Where(c => c.WorkId >= from && c.WorkId <= to);
        }
        else
        {
            works = works.Where(w => EF.Parameter(ids).Contains(w.Id));
            creators = creators.Where(c => EF.Parameter(ids).Contains(c.WorkId));
            tags = tags.Where(l => EF.Parameter(ids).Contains(l.WorkId));
            chapters = chapters.Where(c => EF.Parameter(ids).Contains(c.WorkId));
        }
        var workRows = await works.OrderBy(w => w.Id).Select(w => new { w.Id, w.Title, w.Summary, w.Notes, w.EndNotes }).ToListAsync(ct);
        var creatorRows = await creators.OrderBy(c => c.WorkId).ThenBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new { c.WorkId, Pseud = c.Pseud != null ? c.Pseud.Name : null, User = c.Pseud != null ? c.Pseud.User.UserName : null, c.ExternalName })
            .ToListAsync(ct);
        var tagRows = await tags.OrderBy(l => l.WorkId).ThenBy(l => l.TagId).Select(l => new { l.WorkId, l.Tag.Name }).ToListAsync(ct);
        var chapterRows = await chapters.OrderBy(c => c.WorkId).ThenBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new { c.WorkId, c.Title, c.Summary, c.Notes, c.EndNotes, c.Content }).ToListAsync(ct);

        var texts = workRows.ToDictionary(w => w.Id, w => new WorkText(w.Id)
            .Add(TextField.Title, w.Title).Add(TextField.Summary, StoryText.FromHtml(w.Summary))
            .Add(TextField.Notes, StoryText.FromHtml(w.Notes)).Add(TextField.Notes, StoryText.FromHtml(w.EndNotes)));
        foreach (var c in creatorRows)
        {
            if (!texts.TryGetValue(c.WorkId, out var t)) continue;
            t.Add(TextField.Creator, c.Pseud ?? c.ExternalName ?? "Anonymous");
            if (c.User != null && !string.Equals(c.User, c.Pseud, StringComparison.OrdinalIgnoreCase)) t.Add(TextField.Creator, c.User);
        }
        foreach (var l in tagRows) if (texts.TryGetValue(l.WorkId, out var t)) t.Add(TextField.Tag, l.Name);
        foreach (var c in chapterRows)
        {
            if (!texts.TryGetValue(c.WorkId, out var t)) continue;
            t.Add(TextField.Summary, StoryText.FromHtml(c.Summary))
                .Add(TextField.Notes, StoryText.FromHtml(c.Notes)).Add(TextField.Notes, StoryText.FromHtml(c.EndNotes))
                .Add(TextField.Body, c.Title).Add(TextField.Body, StoryText.FromHtml(c.Content));
        }
        return texts.Values.OrderBy(t => t.WorkId).ToList();
    }

    // The story text of the given works (each chapter's text, in order), for snippets. Chapter titles are left out:
    // a heading makes a poor excerpt.
    public static async Task<Dictionary<int, List<string>>> ReadBodiesAsync(EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default)
    {
        var ids = workIds.Distinct().ToArray();
        var chapters = await db.Chapters.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.WorkId))
            .OrderBy(c => c.WorkId).ThenBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new { c.WorkId, c.Content }).ToListAsync(ct);
        var bodies = ids.ToDictionary(id => id, _ => new List<string>());
        foreach (var c in chapters)
        {
            var text = StoryText.FromHtml(c.Content);
            if (!string.IsNullOrWhiteSpace(text)) bodies[c.WorkId].Add(text);
        }
        return bodies;
    }
}
