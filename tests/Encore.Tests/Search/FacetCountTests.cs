using Encore.Data;
using Encore.Search;
using Encore.Tags;

namespace Encore.Tests.Search;

// Broad results have their facets counted from kept tallies (every live work, each visibility class, each large tag)
// and only the works where that base and the result differ, or their top entries found by bounds from those tallies
// with the full lists counted later. These queries are built to take those paths: one popular include alone or with
// an exclude, no include at all, one rating, each kind of reader (a reader's own drafts lie outside their class), and
// the counts must equal the brute-force ones.
public sealed class FacetCountTests
{
    [Fact]
    public async Task Broad_results_count_the_same_facets_as_a_brute_force_evaluation()
    {
        var (folder, settings, archive) = await WorkIndexTests.ArchiveAsync(2000, seed: 31);
        using var _ = folder;
        await using var db = DatabaseServices.Open(settings);
        var index = await WorkIndex.BuildAsync(db);
        var brute = new BruteForce(archive);
        var checkedBroad = 0;
        var paths = new Dictionary<string, int>();
        foreach (var q in BroadQueries(archive))
        {
            var expected = brute.Run(q);
            var timings = new SearchTimings();
            var actual = index.Search(q, timings);
            var path = timings.FacetBase.Split(' ')[0];
            paths[path] = paths.GetValueOrDefault(path) + 1;
            Assert.True(expected.Total == actual.Total, $"total {actual.Total}, expected {expected.Total}: {q}");
            foreach (var type in WorkSearchResult.FacetTypes)
            {
                var want = expected.Facets.GetValueOrDefault(type) ?? [];
                Assert.Equal(want, actual.AllFacets(type));
                Assert.Equal(want.Take(q.FacetsPerType), actual.Facets[type]);
            }
            if (expected.Total > 100) checkedBroad++;
        }
        Assert.True(checkedBroad > 30, $"only {checkedBroad} queries matched over 100 works");
        var taken = string.Join(", ", paths.Select(p => $"{p.Key} {p.Value}"));
        foreach (var path in new[] { "the", "class", "tag", "bounds" })
            Assert.True(paths.GetValueOrDefault(path) >= 2, $"facet paths taken: {taken}");
    }

    // Each of the most used tags alone, then with an exclude or a rating, for a guest, a member who has works (some of
    // them drafts) and an admin; and every work with no include at all.
    internal static IEnumerable<WorkQuery> BroadQueries(GeneratedArchive archive)
    {
        var types = new[] { TagType.Fandom, TagType.Character, TagType.Relationship, TagType.Freeform };
        var tags = archive.Tags.ToDictionary(t => t.Id);
        var popular = archive.WorkTags.Where(l => types.Contains(tags[l.TagId].Type)).GroupBy(l => tags[l.TagId].MergerId ?? l.TagId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(6).Select(g => g.Key).ToList();
        var rating = archive.Tags.First(t => t.Type == TagType.Rating).Id;
        var author = archive.Creators.Where(c => c.UserId != null).GroupBy(c => c.UserId!).OrderByDescending(g => g.Count()).First().Key;
        var readers = new (string? User, bool Admin)[] { (null, false), (author, false), (author, true) };
        foreach (var (user, admin) in readers)
        {
            var reader = new WorkQuery { ReaderUserId = user, ReaderIsAdmin = admin };
            yield return reader;
            yield return reader with { RatingIds = [rating] };
            foreach (var tag in popular)
            {
                yield return reader with { IncludeTagIds = [tag] };
                yield return reader with { IncludeTagIds = [tag], ExcludeTagIds = [popular.First(t => t != tag)] };
                yield return reader with { IncludeTagIds = [tag], RatingIds = [rating], Complete = true };
            }
        }
    }
}
