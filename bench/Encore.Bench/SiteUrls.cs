using Encore.Search;
using Encore.Tags;
using Encore.Web.Search;

namespace Encore.Bench;

// The varied filtered tag pages the site benchmark asks for, as a reader's sidebar would write them (FilterUrl's
// stable form, so none answers with a redirect): a fandom or character page picked by use, with 0–2 more includes
// from a work on it, sometimes an exclude drawn by use, ratings, complete, a word range, one of the ten sorts, and
// now and then a later page.
public static class SiteUrls
{
    public static List<string> Make(GeneratedArchive archive, int count, int seed)
    {
        var rng = new Random(seed);
        var tags = archive.Tags.ToDictionary(t => t.Id);
        GeneratedTag Root(int id) { var t = tags[id]; while (t.MergerId is { } m) t = tags[m]; return t; }
        var byWork = archive.WorkTags.GroupBy(l => l.WorkId).ToDictionary(g => g.Key, g => g.Select(l => Root(l.TagId)).Distinct().ToList());
        var listed = new[] { TagType.Fandom, TagType.Character, TagType.Relationship, TagType.Freeform };
        var sorts = WorkSorts.Common;
        var urls = new List<string>();
        while (urls.Count < count)
        {
            var work = archive.Works[rng.Next(archive.Works.Count)];
            if (!byWork.TryGetValue(work.Id, out var own)) continue;
            var page = own.Where(t => t.Type is TagType.Fandom or TagType.Character).OrderBy(_ => rng.Next()).First();
            var more = own.Where(t => t != page && listed.Contains(t.Type)).OrderBy(_ => rng.Next()).Take(rng.Next(0, 3)).Select(t => t.Name).ToList();
            var exclude = rng.NextDouble() < 0.4 ? Root(archive.WorkTags[rng.Next(archive.WorkTags.Count)].TagId) : null;
            var sort = sorts[rng.Next(sorts.Count)];
            var filter = new WorkFilter
            {
                Include = more,
                Exclude = exclude != null && listed.Contains(exclude.Type) && !own.Contains(exclude) ? [exclude.Name] : [],
                Ratings = rng.NextDouble() < 0.2 ? [FixedTags.Ratings[rng.Next(FixedTags.Ratings.Length)]] : [],
                Complete = rng.NextDouble() < 0.2 ? true : null,
                WordsFrom = rng.NextDouble() < 0.2 ? 10_000 : null,
                Sort = sort == WorkSort.Updated ? null : sort,   // the list's own order is left out of its address
                Page = rng.NextDouble() < 0.1 ? rng.Next(2, 6) : 1,
            };
            urls.Add(Encore.Web.Links.TagWorks(page.Name) + FilterUrl.Query(filter));
        }
        return urls;
    }
}
