using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

public sealed class WorkIndexTests
{
    internal static async Task<(TempFolder Folder, DatabaseSettings Settings, GeneratedArchive Archive)> ArchiveAsync(int works, int seed, bool text = false)
    {
        var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await using var db = DatabaseServices.Open(settings);
        await db.Database.MigrateAsync();
        var fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();
        var archive = GeneratedArchive.Generate(works, seed, fixedTags, fixedTags.Max(t => t.Id) + 1);
        if (text) archive.WithText(seed + 100);
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
        var queries = new RandomQueries(archive, 11);

        var checkedNonEmpty = 0;
        var checkedScoped = 0;
        for (var i = 0; i < 300; i++)
        {
            var q = queries.Next();
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
