using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

public sealed class WorkIndexTests
{
    internal static async Task<(TempFolder Folder, DatabaseSettings Settings, GeneratedArchive Archive)> ArchiveAsync(int works, int seed)
    {
        var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await using var db = DatabaseServices.Open(settings);
        await db.Database.MigrateAsync();
        var fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();
        var archive = GeneratedArchive.Generate(works, seed, fixedTags, fixedTags.Max(t => t.Id) + 1);
        await archive.WriteAsync(db);
        return (folder, settings, archive);
    }

    [Fact]
    public async Task Random_queries_match_a_brute_force_evaluation_in_results_order_totals_and_facets()
    {
        var (folder, settings, archive) = await ArchiveAsync(2500, seed: 7);
        using var _ = folder;
        await using var db = DatabaseServices.Open(settings);
        var index = await WorkIndex.BuildAsync(db);
        var brute = new BruteForce(archive);
        var rng = new Random(11);
        int[] TagsOfType(TagType t) => archive.Tags.Where(x => x.Type == t).Select(x => x.Id).ToArray();
        var fixedTypes = new[] { TagType.Rating, TagType.ArchiveWarning, TagType.Category };
        var free = archive.Tags.Where(t => !fixedTypes.Contains(t.Type)).Select(t => t.Id).ToArray();
        // Tags that are actually used (including synonyms), so includes usually match something.
        var used = archive.WorkTags.Select(l => l.TagId).Distinct().Where(free.Contains).ToArray();
        var parents = archive.Links.Select(l => l.ParentId).Distinct().ToArray();
        int PickTag() => rng.NextDouble() < 0.2 ? parents[rng.Next(parents.Length)] : used[rng.Next(used.Length)];
        IReadOnlyList<int> Some(int[] ids) => rng.NextDouble() < 0.6 ? [] : ids.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)).ToArray();

        var checkedNonEmpty = 0;
        var checkedScoped = 0;
        for (var i = 0; i < 300; i++)
        {
            var reader = rng.Next(4) switch { 0 => null, _ => archive.UserIds[rng.Next(Math.Min(20, archive.UserIds.Count))] };
            var q = new WorkQuery
            {
                IncludeTagIds = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => PickTag()).ToArray(),
                ExcludeTagIds = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => PickTag()).ToArray(),
                RatingIds = Some(TagsOfType(TagType.Rating)),
                WarningIds = Some(TagsOfType(TagType.ArchiveWarning)),
                CategoryIds = Some(TagsOfType(TagType.Category)),
                Complete = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
                Crossover = rng.Next(4) switch { 0 => true, 1 => false, _ => null },
                SingleChapter = rng.Next(5) == 0,
                WordsMin = rng.Next(3) == 0 ? rng.Next(0, 5000) : null,
                WordsMax = rng.Next(3) == 0 ? rng.Next(2000, 50_000) : null,
                UpdatedFrom = rng.Next(4) == 0 ? new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(rng.Next(0, 3000)) : null,
                UpdatedTo = rng.Next(4) == 0 ? new DateTime(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(rng.Next(0, 3000)) : null,
                Language = rng.Next(6) == 0 ? (rng.Next(2) == 0 ? "es" : "en") : null,
                ReaderUserId = reader,
                ReaderIsAdmin = reader != null && rng.Next(4) == 0,
                MutedUserIds = rng.Next(3) == 0 ? archive.UserIds.OrderBy(_ => rng.Next()).Take(rng.Next(1, 40)).ToArray() : [],
                BlockedTagIds = rng.Next(4) == 0 ? [PickTag()] : [],
                BlockedSuggestionNames = rng.Next(4) == 0 ? [GeneratedArchive.Labels[rng.Next(GeneratedArchive.Labels.Length)].ToUpperInvariant()] : [],
                // A creator's works, or a list of works (some unknown, some twice), as the creator and bookmark pages ask.
                CreatorUserId = rng.Next(5) == 0 ? archive.UserIds[rng.Next(Math.Min(20, archive.UserIds.Count))] : null,
                WorkIds = rng.Next(4) == 0 ? Enumerable.Range(0, rng.Next(0, 800)).Select(_ => archive.Works[rng.Next(archive.Works.Count)].Id + (rng.Next(50) == 0 ? 1_000_000 : 0)).ToArray() : null,
                Sort = (WorkSort)rng.Next(Enum.GetValues<WorkSort>().Length),
                Descending = rng.Next(2) == 0,
                Page = rng.Next(3) == 0 ? rng.Next(2, 40) : 1,
            };
            var expected = brute.Run(q);
            var actual = index.Search(q);
            Assert.True(expected.Total == actual.Total, $"query {i}: total {actual.Total}, expected {expected.Total}: {q}");
            Assert.Equal(expected.Page, actual.WorkIds);
            foreach (var type in WorkSearchResult.FacetTypes)
            {
                var want = expected.Facets.GetValueOrDefault(type) ?? [];
                Assert.Equal(want, actual.AllFacets(type));
                Assert.Equal(want.Take(q.FacetsPerType), actual.Facets[type]);
            }
            if (expected.Total > 0) checkedNonEmpty++;
            if (expected.Total > 0 && (q.CreatorUserId != null || q.WorkIds != null)) checkedScoped++;
        }
        Assert.True(checkedNonEmpty > 100, $"only {checkedNonEmpty} queries matched anything");
        Assert.True(checkedScoped > 20, $"only {checkedScoped} scoped queries matched anything");
    }
}
