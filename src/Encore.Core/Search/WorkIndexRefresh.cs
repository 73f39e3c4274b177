using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

public sealed partial class WorkIndex
{
    // Re-reads the given works (a batch of the change feed) in four queries, and applies them under one write lock.
    // A work no longer in the database leaves the index.
    public async Task RefreshWorksAsync(EncoreDb db, IReadOnlyCollection<int> workIds, CancellationToken ct = default)
    {
        if (workIds.Count == 0) return;
        await _writer.WaitAsync(ct);
        try
        {
            var source = await IndexSourceReader.ReadSomeWorksAsync(db, workIds, ct);
            var newTags = await NewTagsAsync(db, source.WorkTags.Select(t => t.TagId), ct);
            Apply(workIds, source, newTags);
        }
        finally { _writer.Release(); }
    }

    // Applies re-read rows for the given works (those without a row leave the index). Callers hold _writer or own
    // the index alone (tests).
    internal void Apply(IReadOnlyCollection<int> workIds, WorkSource source, TagSource? newTags = null)
    {
        var works = source.Works.ToDictionary(w => w.Id);
        var tags = source.WorkTags.ToLookup(t => t.WorkId);
        var creators = source.Creators.ToLookup(c => c.WorkId);
        var labels = source.Suggestions.ToLookup(s => s.WorkId);
        _lock.EnterWriteLock();
        try
        {
            if (newTags != null) _tags.AddTags(newTags);
            foreach (var id in workIds.Distinct())
                ApplyWork(id, new WorkSource
                {
                    Works = works.TryGetValue(id, out var row) ? [row] : [],
                    WorkTags = tags[id].ToList(), Creators = creators[id].ToList(), Suggestions = labels[id].ToList(),
                });
        }
        finally { _lock.ExitWriteLock(); }
    }

    // Tags the index has not seen (a work posted with a new tag), with whatever they lead to: the tag a new synonym
    // points at and a new tag's parents, so the new tags' closures are complete.
    private async Task<TagSource?> NewTagsAsync(EncoreDb db, IEnumerable<int> tagIds, CancellationToken ct)
    {
        var unknown = tagIds.Where(id => !_tags.Knows(id)).Distinct().ToList();
        if (unknown.Count == 0) return null;
        var rows = new List<TagRow>();
        var links = new List<TagLinkRow>();
        var asked = new HashSet<int>();
        while (unknown.Count > 0)
        {
            asked.UnionWith(unknown);
            var found = await db.Tags.AsNoTracking().Where(t => unknown.Contains(t.Id))
                .Select(t => new TagRow(t.Id, t.Type, t.Canonical, t.MergerId)).ToListAsync(ct);
            var up = await db.TagParents.AsNoTracking().Where(l => unknown.Contains(l.ChildId))
                .Select(l => new TagLinkRow(l.ChildId, l.ParentId)).ToListAsync(ct);
            rows.AddRange(found);
            links.AddRange(up);
            unknown = found.Where(t => t.MergerId != null).Select(t => t.MergerId!.Value).Concat(up.Select(l => l.ParentId))
                .Where(id => !_tags.Knows(id) && !asked.Contains(id)).Distinct().ToList();
        }
        return new TagSource { Tags = rows, Links = links };
    }
}
