using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

public sealed class IndexUpkeepTests
{
    [Fact]
    public async Task After_random_posts_edits_deletes_hides_kudos_and_merges_the_index_equals_a_fresh_build()
    {
        using var folder = new Support.TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await using var db = DatabaseServices.Open(settings);
        await db.Database.MigrateAsync();
        var fixedTags = await db.Tags.Select(t => new GeneratedTag(t.Id, t.Type, t.Name, t.Canonical, t.MergerId)).ToListAsync();
        var archive = GeneratedArchive.Generate(400, 3, fixedTags, fixedTags.Max(t => t.Id) + 1);
        await archive.WriteAsync(db);
        var index = await WorkIndex.BuildAsync(db);
        var rng = new Random(5);
        var tagIds = await db.Tags.Where(t => t.Type == TagType.Freeform || t.Type == TagType.Character).Select(t => t.Id).ToListAsync();
        var pseud = await db.Pseuds.Select(p => p.Id).FirstAsync();
        var ids = await db.Works.Select(w => w.Id).ToListAsync();

        for (var step = 0; step < 120; step++)
        {
            var id = ids[rng.Next(ids.Count)];
            switch (rng.Next(7))
            {
                case 0: // post, sometimes with a brand-new tag
                    var tag = new Tag { Type = TagType.Freeform, Name = $"new tag {step}", NormalizedName = $"new tag {step}", Canonical = true };
                    var work = new Work { Title = $"Posted {step}", WordCount = rng.Next(100, 9000), ChapterCount = 1, PublishedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                    work.Tags.Add(new WorkTag { Tag = tag });
                    work.Tags.Add(new WorkTag { TagId = tagIds[rng.Next(tagIds.Count)] });
                    work.Creators.Add(new Creatorship { PseudId = pseud });
                    db.Works.Add(work);
                    await db.SaveChangesAsync();
                    ids.Add(work.Id);
                    id = work.Id;
                    break;
                case 1: // edit: title, words, tags
                    await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Title, $"Edited {step}").SetProperty(w => w.WordCount, step * 10));
                    await db.WorkTags.Where(l => l.WorkId == id).Take(1).ExecuteDeleteAsync();
                    var add = tagIds[rng.Next(tagIds.Count)];
                    if (!await db.WorkTags.AnyAsync(l => l.WorkId == id && l.TagId == add)) { db.WorkTags.Add(new WorkTag { WorkId = id, TagId = add }); await db.SaveChangesAsync(); }
                    break;
                case 2: // delete
                    await db.Works.Where(w => w.Id == id).ExecuteDeleteAsync();
                    ids.Remove(id);
                    break;
                case 3: // hide or unhide
                    await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, w => w.HiddenReason == null ? "hidden" : null));
                    break;
                case 4: // kudos
                    await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, w => w.KudosCount + 1));
                    break;
                case 5: // merge a canonical tag into another of its type
                    var from = tagIds[rng.Next(tagIds.Count)];
                    var type = await db.Tags.Where(t => t.Id == from).Select(t => t.Type).SingleAsync();
                    var into = await db.Tags.Where(t => t.Type == type && t.Canonical && t.MergerId == null && t.Id != from).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
                    await db.Tags.Where(t => t.Id == from).ExecuteUpdateAsync(s => s.SetProperty(t => t.MergerId, into).SetProperty(t => t.Canonical, false));
                    await db.Tags.Where(t => t.MergerId == from).ExecuteUpdateAsync(s => s.SetProperty(t => t.MergerId, into));
                    await index.ApplyTagChangesAsync(db);
                    continue;
                default: // a new sub tag link between two tags of one type
                    var child = tagIds[rng.Next(tagIds.Count)];
                    var childType = await db.Tags.Where(t => t.Id == child).Select(t => t.Type).SingleAsync();
                    var parent = await db.Tags.Where(t => t.Type == childType && t.Id < child).OrderBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync();
                    if (parent == null || await db.TagParents.AnyAsync(l => l.ChildId == child && l.ParentId == parent)) continue;
                    db.TagParents.Add(new TagParent { ChildId = child, ParentId = parent.Value });
                    await db.SaveChangesAsync();
                    await index.ApplyTagChangesAsync(db);
                    continue;
            }
            db.ChangeTracker.Clear();
            await index.RefreshWorkAsync(db, id);
        }

        Assert.Empty(await IndexCheck.CompareAsync(index, db));
        // The facet tallies (per visibility class and large tag) followed every change too: broad queries, whose facets
        // start from them, count what a fresh build counts.
        var fresh = await WorkIndex.BuildAsync(db);
        foreach (var q in FacetCountTests.BroadQueries(archive))
            foreach (var type in WorkSearchResult.FacetTypes)
                Assert.Equal(fresh.Search(q).AllFacets(type), index.Search(q).AllFacets(type));
        // And the check does notice drift: a change the index was not told about.
        await db.Works.Where(w => w.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, 123456));
        Assert.NotEmpty(await IndexCheck.CompareAsync(index, db));
    }
}
