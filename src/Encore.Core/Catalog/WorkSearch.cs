using Encore.Works;

namespace Encore.Catalog;

// What the catalog's search box (OpenSearch, OPDS 2 `query`) asks. The seam for the full-text index: an index that
// answers with work ids narrows `works` to them (works.Where(w => ids.Contains(w.Id))); one in the database joins its
// match table. Callers have already applied VisibleTo and apply the sort and paging afterwards, so an index never
// decides who sees what.
public interface IWorkSearch
{
    IQueryable<Work> Matching(IQueryable<Work> works, string query);
}

// Until the full-text index lands: every word of the query must appear, case-insensitively, in the title, in one of
// the work's tags (or the canonical tag a synonym stands for) or in a creator's name. Chapter text is not searched.
// SQLite's lower() folds ASCII only, so a non-ASCII title matches only in the case it was typed.
public sealed class TitleTagSearch : IWorkSearch
{
    public const int MaxWords = 8;

    public IQueryable<Work> Matching(IQueryable<Work> works, string query)
    {
        foreach (var word in Words(query))
            works = works.Where(w => w.Title.ToLower().Contains(word)
                || w.Tags.Any(t => t.Tag.NormalizedName.Contains(word) || (t.Tag.Merger != null && t.Tag.Merger.NormalizedName.Contains(word)))
                || w.Creators.Any(c => !c.IsPending && ((c.Pseud != null && c.Pseud.Name.ToLower().Contains(word))
                    || (c.ExternalName != null && c.ExternalName.ToLower().Contains(word)))));
        return works;
    }

    public static IReadOnlyList<string> Words(string query) =>
        query.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 100 ? w[..100] : w).Distinct().Take(MaxWords).ToList();
}
