using Encore.People;
using Encore.Tags;

namespace Encore.Works;

public static class WorkQueries
{
    // Drafts are seen only by their creators; restricted works only by signed-in readers; works an admin hid only
    // by their creators and admins. Then the reader's own choices: muted creators and blocked tags hide works
    // everywhere (lists, tag pages, counts, feeds), not only on screen. Every listing goes through here.
    public static IQueryable<Work> VisibleTo(this IQueryable<Work> works, Reader reader) =>
        works.PermittedTo(reader).ExcludingChoicesOf(reader);

    // Only the archive's rules, without the reader's own mutes and blocklist: for opening one work by its address,
    // where the page says why the work would be hidden and lets the reader go on.
    public static IQueryable<Work> PermittedTo(this IQueryable<Work> works, Reader reader)
    {
        if (!reader.SignedIn) return works.Where(w => !w.IsDraft && !w.Restricted && w.HiddenReason == null);
        var id = reader.UserId;
        return reader.IsAdmin
            ? works.Where(w => !w.IsDraft || w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == id))
            : works.Where(w => (!w.IsDraft && w.HiddenReason == null) || w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == id));
    }

    // A reader's own works are never hidden from them by their own blocklist.
    public static IQueryable<Work> ExcludingChoicesOf(this IQueryable<Work> works, Reader reader)
    {
        var id = reader.UserId;
        if (reader.MutedUserIds.Count > 0)
        {
            var muted = reader.MutedUserIds.ToList();
            works = works.Where(w => !w.Creators.Any(c => c.Pseud != null && muted.Contains(c.Pseud.UserId)));
        }
        if (reader.BlockedTagIds.Count > 0)
        {
            var blocked = reader.HiddenTagIds.ToList();
            // With suggestions not blocked, no suggested name matches. Names match ignoring case (Reader.LabelKey;
            // SQLite's lower() folds ASCII only, and the analyser's labels are ASCII).
            var names = reader.BlockSuggestedTags ? reader.BlockedTagNames.Select(Reader.LabelKey).Distinct().ToList() : [];
            works = works.Where(w => w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == id) || (
                !w.Tags.Any(t => blocked.Contains(t.TagId) || (t.Tag.MergerId != null && blocked.Contains(t.Tag.MergerId.Value)))
                && !w.Suggestions.Any(s => s.Status != SuggestionStatus.Rejected && names.Contains(s.TagName.Trim().ToLower()))));
        }
        return works;
    }

    // Works carrying any tag of a family (TagFamily.LoadAsync: a canonical tag and its sub tags at any depth) or a
    // synonym of one: what filtering by the broader tag means.
    public static IQueryable<Work> TaggedWith(this IQueryable<Work> works, IReadOnlyCollection<int> family)
    {
        var ids = family.ToList();
        return works.Where(w => w.Tags.Any(t => ids.Contains(t.TagId) || (t.Tag.MergerId != null && ids.Contains(t.Tag.MergerId.Value))));
    }

    public static IQueryable<Work> NewestFirst(this IQueryable<Work> works) =>
        works.OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id);

    public static IQueryable<Tag> Canonical(this IQueryable<Tag> tags, TagType type) =>
        tags.Where(t => t.Type == type && t.Canonical && t.MergerId == null);
}
