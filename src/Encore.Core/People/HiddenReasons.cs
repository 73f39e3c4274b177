using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// Why the reader's own choices would hide a work they opened by its address, in words for the notice on the work
// page. The same rules as WorkQueries.ExcludingChoicesOf, for one work.
public sealed record HiddenReasons(IReadOnlyList<string> Tags, IReadOnlyList<string> Suggested, IReadOnlyList<string> MutedCreators)
{
    public bool Any => Tags.Count > 0 || Suggested.Count > 0 || MutedCreators.Count > 0;

    public static readonly HiddenReasons None = new([], [], []);

    public static async Task<HiddenReasons> ForAsync(EncoreDb db, int workId, Reader reader, CancellationToken ct = default)
    {
        if (!reader.HidesAnything) return None;
        var id = reader.UserId;
        if (await db.Creatorships.AnyAsync(c => c.WorkId == workId && c.Pseud != null && c.Pseud.UserId == id, ct)) return None;

        var blocked = reader.HiddenTagIds.ToList();
        var tags = await db.WorkTags.Where(t => t.WorkId == workId)
            .Where(t => blocked.Contains(t.TagId) || (t.Tag.MergerId != null && blocked.Contains(t.Tag.MergerId.Value)))
            .Select(t => t.Tag.Name).OrderBy(n => n).ToListAsync(ct);
        var names = reader.BlockedTagNames.Select(Reader.LabelKey).Distinct().ToList();
        var suggested = !reader.BlockSuggestedTags ? [] : await db.WorkSuggestions
            .Where(s => s.WorkId == workId && s.Status != SuggestionStatus.Rejected && names.Contains(s.TagName.Trim().ToLower()))
            .Select(s => s.TagName).Distinct().OrderBy(n => n).ToListAsync(ct);
        var muted = reader.MutedUserIds.ToList();
        var creators = await db.Creatorships.Where(c => c.WorkId == workId && c.Pseud != null && muted.Contains(c.Pseud.UserId))
            .Select(c => c.Pseud!.Name).ToListAsync(ct);
        return new(tags, suggested.Except(tags).ToList(), creators);
    }
}
