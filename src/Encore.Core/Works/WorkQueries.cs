using Encore.People;
using Encore.Tags;

namespace Encore.Works;

public static class WorkQueries
{
    // Drafts are seen only by their creators; restricted works only by signed-in readers.
    public static IQueryable<Work> VisibleTo(this IQueryable<Work> works, Reader reader) =>
        reader.SignedIn
            ? works.Where(w => !w.IsDraft || w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == reader.UserId))
            : works.Where(w => !w.IsDraft && !w.Restricted);

    // Works carrying the tag or any of its synonyms.
    public static IQueryable<Work> TaggedWith(this IQueryable<Work> works, int canonicalTagId) =>
        works.Where(w => w.Tags.Any(t => t.TagId == canonicalTagId || t.Tag.MergerId == canonicalTagId));

    public static IQueryable<Work> NewestFirst(this IQueryable<Work> works) =>
        works.OrderByDescending(w => w.UpdatedAt).ThenByDescending(w => w.Id);

    public static IQueryable<Tag> Canonical(this IQueryable<Tag> tags, TagType type) =>
        tags.Where(t => t.Type == type && t.Canonical && t.MergerId == null);
}
