using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// A work's details (fields, tags, gifts, series) written from a NewWork the same way by posting and by editing:
// each Set method makes the work match the input, keeping rows that already do.
internal sealed class WorkDetails(EncoreDb db)
{
    private readonly TagCatalog _tags = new(db);

    public void Forget() => _tags.Forget();

    // The fields creators type; dates, provenance and stats are the caller's business.
    public static void Write(Work work, NewWork input)
    {
        work.Title = TagName.CollapseSpaces(input.Title);
        work.Summary = CreatorText.ToHtml(input.Summary, TextFormat.Html);
        work.Notes = CreatorText.ToHtml(input.Notes, TextFormat.Html);
        work.EndNotes = CreatorText.ToHtml(input.EndNotes, TextFormat.Html);
        work.Language = string.IsNullOrWhiteSpace(input.Language) ? "en" : input.Language.Trim();
        work.ExpectedChapters = input.ExpectedChapters;
        work.Restricted = input.Restricted;
        work.IsDraft = input.IsDraft;
    }

    public async Task SetTagsAsync(Work work, NewWork input, CancellationToken ct)
    {
        var wanted = await TagsAsync(input, ct);
        var wantedIds = wanted.Where(t => t.Id != 0).Select(t => t.Id).ToHashSet();
        foreach (var link in work.Tags.Where(l => !wantedIds.Contains(l.TagId)).ToList())
        {
            work.Tags.Remove(link);
            db.WorkTags.Remove(link);
        }
        var linked = work.Tags.Select(l => l.TagId).ToHashSet();
        // Tags that already exist are linked by id: they may come from the catalog's memory, untracked.
        foreach (var tag in wanted.Where(t => t.Id == 0 || !linked.Contains(t.Id)))
            work.Tags.Add(tag.Id != 0 ? new WorkTag { Work = work, TagId = tag.Id } : new WorkTag { Work = work, Tag = tag });
    }

    public void SetGifts(Work work, NewWork input)
    {
        var recipients = input.Gifts.Select(g => g.Trim()).Where(g => g.Length > 0).Distinct().ToList();
        var gone = work.Gifts.Where(g => !recipients.Contains(g.RecipientName)).ToList();
        var added = recipients.Where(r => !work.Gifts.Any(g => g.RecipientName == r)).ToList();
        foreach (var gift in gone)
        {
            work.Gifts.Remove(gift);
            db.Gifts.Remove(gift);
        }
        foreach (var recipient in added) work.Gifts.Add(new Gift { RecipientName = recipient });
        if (gone.Count + added.Count > 0) Search.FeedAnnouncement.Announce(db, work);
    }

    // Series are matched by title for now; the posting form (issue 5) chooses a series of the creator's by id.
    // A work named into a series joins it at the end; a work leaving one closes the gap (an emptied series goes, as on AO3).
    public async Task SetSeriesAsync(Work work, NewWork input, DateTime now, CancellationToken ct)
    {
        var title = string.IsNullOrWhiteSpace(input.SeriesTitle) ? null : input.SeriesTitle.Trim();
        foreach (var link in work.SeriesLinks.Where(l => l.Series.Title != title).ToList())
            await LeaveSeriesAsync(work, link, now, ct);
        if (title == null || work.SeriesLinks.Count > 0) return;

        var series = await db.Series.Include(s => s.Works).FirstOrDefaultAsync(s => s.Title == title, ct)
            ?? db.Series.Add(new Series { Title = title, CreatedAt = now, UpdatedAt = now }).Entity;
        series.UpdatedAt = now;
        work.SeriesLinks.Add(new SeriesWork { Series = series, Work = work, Position = series.Works.Count + 1 });
        Search.FeedAnnouncement.Announce(db, work);
    }

    private async Task LeaveSeriesAsync(Work work, SeriesWork link, DateTime now, CancellationToken ct)
    {
        work.SeriesLinks.Remove(link);
        db.SeriesWorks.Remove(link);
        Search.FeedAnnouncement.Announce(db, work);
        var others = await db.SeriesWorks.Where(l => l.SeriesId == link.SeriesId && l.WorkId != work.Id)
            .OrderBy(l => l.Position).ToListAsync(ct);
        if (others.Count == 0)
        {
            db.Series.Remove(link.Series);
            return;
        }
        for (var i = 0; i < others.Count; i++) others[i].Position = i + 1;
        // Their blurbs say "Part N of …".
        var moved = others.Select(l => l.WorkId).ToList();
        await Search.FeedAnnouncement.AnnounceAsync(db.Works.Where(w => moved.Contains(w.Id)), ct);
        link.Series.UpdatedAt = now;
    }

    // The work's tags, each once, found or created; existing tags may be untracked (the catalog's memory).
    private async Task<List<Tag>> TagsAsync(NewWork input, CancellationToken ct)
    {
        var tags = new List<Tag> { await _tags.FixedAsync(TagType.Rating, input.Rating, ct) };
        foreach (var w in input.Warnings) tags.Add(await _tags.FixedAsync(TagType.ArchiveWarning, w, ct));
        foreach (var c in input.Categories) tags.Add(await _tags.FixedAsync(TagType.Category, c, ct));

        var fandoms = new List<Tag>();
        foreach (var (type, name) in input.FreeTags)
        {
            var tag = await _tags.FindOrCreateAsync(type, name, ct);
            var isNew = tag.Id == 0;
            if (type == TagType.Fandom) fandoms.Add(tag);
            // An unwrangled character or relationship posted in a single-fandom work almost surely belongs to that
            // fandom; recording it now lets tag pages and (later) text analysis use it before a wrangler gets there.
            // Added to the context explicitly, so it is saved even where change detection is off (imports).
            else if (isNew && fandoms.Count == 1 && type is TagType.Character or TagType.Relationship)
                db.TagParents.Add(fandoms[0].Id != 0
                    ? new TagParent { Child = tag, ParentId = fandoms[0].Id }
                    : new TagParent { Child = tag, Parent = fandoms[0] });
            tags.Add(tag);
        }
        return tags.DistinctBy(t => t.NormalizedName).ToList();
    }
}
