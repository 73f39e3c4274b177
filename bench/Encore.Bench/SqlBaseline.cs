using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Bench;

// The same filter as the index answers, written the way a straightforward EF Core app would: VisibleTo, an EXISTS
// per include (its family expanded to ids beforehand), NOT EXISTS for excludes, column filters, ORDER BY the sort
// key then id, Skip/Take, COUNT(*), and one GROUP BY per facet type over the matching works' tags.
// Facet counts group by the tag's canonical tag (synonyms folded) but do not add sub tags to their meta tags, so
// only totals and page ids are compared with the index.
public static class SqlBaseline
{
    public sealed record Result(int Total, List<int> WorkIds, Dictionary<TagType, List<(int TagId, int Count)>> Facets);

    public static Result Run(EncoreDb db, WorkQuery q, FilterQueries families)
    {
        var reader = new Reader(q.ReaderUserId, q.ReaderIsAdmin) { MutedUserIds = q.MutedUserIds };
        var works = db.Works.AsNoTracking().VisibleTo(reader);
        foreach (var include in q.IncludeTagIds)
        {
            var ids = families.Family(include);
            works = works.Where(w => w.Tags.Any(t => ids.Contains(t.TagId)));
        }
        foreach (var group in new[] { q.RatingIds, q.WarningIds, q.CategoryIds })
        {
            if (group.Count == 0) continue;
            var ids = group.SelectMany(families.Family).ToList();
            works = works.Where(w => w.Tags.Any(t => ids.Contains(t.TagId)));
        }
        if (q.ExcludeTagIds.Count > 0)
        {
            var ids = q.ExcludeTagIds.SelectMany(families.Family).Distinct().ToList();
            works = works.Where(w => !w.Tags.Any(t => ids.Contains(t.TagId)));
        }
        if (q.Complete is { } complete) works = works.Where(w => w.IsComplete == complete);
        if (q.SingleChapter) works = works.Where(w => w.ChapterCount == 1);
        if (q.WordsMin is { } min) works = works.Where(w => w.WordCount >= min);
        if (q.WordsMax is { } max) works = works.Where(w => w.WordCount <= max);
        if (q.UpdatedFrom is { } from) works = works.Where(w => w.UpdatedAt >= from);
        if (q.UpdatedTo is { } to) works = works.Where(w => w.UpdatedAt <= to);
        if (q.Language is { } language) works = works.Where(w => w.Language == language);

        var total = works.Count();
        var size = Math.Max(1, q.PageSize);
        var page = Sorted(works, q.Sort, q.Descending).Skip((Math.Max(1, q.Page) - 1) * size).Take(size).Select(w => w.Id).ToList();
        var matching = works.Select(w => w.Id);
        var facets = new Dictionary<TagType, List<(int, int)>>();
        foreach (var type in WorkSearchResult.FacetTypes)
            facets[type] = db.WorkTags.AsNoTracking()
                .Where(t => matching.Contains(t.WorkId) && t.Tag.Type == type)
                .GroupBy(t => t.Tag.MergerId ?? t.TagId)
                .Select(g => new { TagId = g.Key, Count = g.Select(t => t.WorkId).Distinct().Count() })
                .OrderByDescending(g => g.Count).ThenBy(g => g.TagId).Take(q.FacetsPerType)
                .AsEnumerable().Select(g => (g.TagId, g.Count)).ToList();
        return new Result(total, page, facets);
    }

    private static IQueryable<Work> Sorted(IQueryable<Work> works, WorkSort sort, bool descending)
    {
        IOrderedQueryable<Work> By<TKey>(System.Linq.Expressions.Expression<Func<Work, TKey>> key) =>
            descending ? works.OrderByDescending(key) : works.OrderBy(key);
        var ordered = sort switch
        {
            WorkSort.Creator => By(w => (w.Creators.Where(c => !c.IsPending).OrderBy(c => c.Position).ThenBy(c => c.Id)
                .Select(c => c.Pseud != null ? c.Pseud.Name : c.ExternalName ?? "Anonymous").FirstOrDefault() ?? "").Trim().ToLower()),
            WorkSort.Title => By(w => w.Title.Trim().ToLower()),
            WorkSort.Posted => By(w => w.PublishedAt),
            WorkSort.Words => By(w => w.WordCount),
            WorkSort.Hits => By(w => w.Hits),
            WorkSort.Kudos => By(w => w.KudosCount),
            WorkSort.Comments => By(w => w.CommentCount),
            WorkSort.Bookmarks => By(w => w.BookmarkCount),
            _ => By(w => w.UpdatedAt),   // BestMatch is date updated until full-text ranking exists, as in the index
        };
        return descending ? ordered.ThenByDescending(w => w.Id) : ordered.ThenBy(w => w.Id);
    }
}
