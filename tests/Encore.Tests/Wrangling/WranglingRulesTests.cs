using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using static Encore.Tests.Support.TagIds;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Wrangling;

// The wrangling service against a real database: merges, synonyms of synonyms, meta tags and their loops,
// fixed tags, and relationships joining their characters' fandoms.
public sealed class WranglingRulesTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<List<string>> TitlesUnderAsync(string tag)
    {
        await using var db = _archive.OpenDb();
        var family = await TagFamily.LoadAsync(db, await IdAsync(db, tag));
        return await db.Works.TaggedWith(family).OrderBy(w => w.Title).Select(w => w.Title).ToListAsync();
    }

    [Fact]
    public async Task Merging_a_tag_with_synonyms_moves_them_and_its_links_to_the_target()
    {
        await using (var db = _archive.OpenDb())
        {
            await Posting.PostAsync(db, Posting.Work("Canon Work") with { AdditionalTags = ["Hurt/Comfort"] });
            await Posting.PostAsync(db, Posting.Work("Middle Work") with { AdditionalTags = ["hurt and comfort"] });
            await Posting.PostAsync(db, Posting.Work("Leaf Work") with { AdditionalTags = ["h/c"] });
            await Posting.PostAsync(db, Posting.Work("Sub Work") with { AdditionalTags = ["Whump"] });
            var wrangling = new TagWrangling(db);
            Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "h/c"), "hurt and comfort"));
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Whump"), "hurt and comfort"));
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "hurt and comfort"), "Test Fandom"));
            // The merged tag is a synonym of Hurt/Comfort now; its synonym h/c follows it there (never a synonym of a synonym).
            Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "hurt and comfort"), "  HURT/COMFORT "));
        }
        await using (var db = _archive.OpenDb())
        {
            var canon = await IdAsync(db, "Hurt/Comfort");
            Assert.Equal(canon, await db.Tags.Where(t => t.Name == "h/c").Select(t => t.MergerId).SingleAsync());
            Assert.Equal(canon, await db.Tags.Where(t => t.Name == "hurt and comfort").Select(t => t.MergerId).SingleAsync());
            Assert.False(await db.Tags.Where(t => t.Name == "hurt and comfort").Select(t => t.Canonical).SingleAsync());
            Assert.Equal(["Test Fandom", "Whump"], await db.TagParents.Where(p => p.ChildId == canon || p.ParentId == canon)
                .Select(p => p.ParentId == canon ? p.Child.Name : p.Parent.Name).OrderBy(n => n).ToListAsync());
            Assert.False(await db.TagParents.AnyAsync(p => p.Child.Name == "hurt and comfort" || p.Parent.Name == "hurt and comfort"));
        }
        Assert.Equal(["Canon Work", "Leaf Work", "Middle Work", "Sub Work"], await TitlesUnderAsync("Hurt/Comfort"));
    }

    [Fact]
    public async Task Merges_into_synonyms_other_types_missing_tags_and_fixed_tags_are_refused()
    {
        await using var db = _archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work("W") with { AdditionalTags = ["Fluff", "fluffy", "Angst"], Characters = ["Ivy Lynn"] });
        var wrangling = new TagWrangling(db);
        Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "fluffy"), "Fluff"));
        Assert.Contains("itself a synonym", (await wrangling.MergeAsync(await IdAsync(db, "Angst"), "fluffy"))!.Message);
        Assert.Contains("same type", (await wrangling.MergeAsync(await IdAsync(db, "Angst"), "Ivy Lynn"))!.Message);
        Assert.Contains("no tag called", (await wrangling.MergeAsync(await IdAsync(db, "Angst"), "Nonexistent"))!.Message);
        Assert.Contains("into itself", (await wrangling.MergeAsync(await IdAsync(db, "Angst"), "angst"))!.Message);
        foreach (var name in new[] { FixedTags.Explicit, FixedTags.MajorCharacterDeath, "F/F" })
        {
            var id = await IdAsync(db, name);
            var problem = await wrangling.MergeAsync(id, "Fluff");
            Assert.Equal(TagWrangling.MergeField, problem!.Field);
            Assert.Contains("fixed", problem.Message);
            Assert.Contains("fixed", (await wrangling.SetCanonicalAsync(id, false))!.Message);
            Assert.Contains("fixed", (await wrangling.AddParentAsync(id, "Test Fandom"))!.Message);
        }
        Assert.Null(await wrangling.SetCanonicalAsync(await IdAsync(db, "Angst"), false));
        Assert.Contains("not canonical", (await wrangling.MergeAsync(await IdAsync(db, "Fluff"), "Angst"))!.Message);
        Assert.Contains("synonym", (await wrangling.SetCanonicalAsync(await IdAsync(db, "Fluff"), false))!.Message);
        Assert.True(await db.Tags.Where(t => t.Name == FixedTags.Explicit).Select(t => t.Canonical && t.MergerId == null).SingleAsync());
    }

    [Fact]
    public async Task Meta_tags_include_sub_tags_at_any_depth_and_loops_are_refused()
    {
        await using (var db = _archive.OpenDb())
        {
            await Posting.PostAsync(db, Posting.Work("Top Work") with { AdditionalTags = ["Alternate Universe"] });
            await Posting.PostAsync(db, Posting.Work("Mid Work") with { AdditionalTags = ["Modern AU"] });
            await Posting.PostAsync(db, Posting.Work("Low Work") with { AdditionalTags = ["coffee shop au"] });
            await Posting.PostAsync(db, Posting.Work("Synonym Work") with { AdditionalTags = ["Coffee Shop"] });
            var wrangling = new TagWrangling(db);
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Modern AU"), "Alternate Universe"));
            Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "coffee shop au"), "Modern AU"));
            Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "Coffee Shop"), "coffee shop au"));

            var direct = await wrangling.AddParentAsync(await IdAsync(db, "Modern AU"), "coffee shop au");
            Assert.Equal(TagWrangling.ParentField, direct!.Field);
            Assert.Contains("coffee shop au › Modern AU", direct.Message);
            var indirect = await wrangling.AddParentAsync(await IdAsync(db, "Alternate Universe"), "coffee shop au");
            Assert.Contains("coffee shop au › Modern AU › Alternate Universe", indirect!.Message);
            Assert.Contains("own parent", (await wrangling.AddParentAsync(await IdAsync(db, "Modern AU"), "modern au"))!.Message);
            Assert.Equal(2, await db.TagParents.CountAsync(p => p.Child.Type == TagType.Freeform));
        }
        Assert.Equal(["Low Work", "Mid Work", "Synonym Work", "Top Work"], await TitlesUnderAsync("Alternate Universe"));
        Assert.Equal(["Low Work", "Mid Work", "Synonym Work"], await TitlesUnderAsync("Modern AU"));
        Assert.Equal(["Low Work", "Synonym Work"], await TitlesUnderAsync("coffee shop au"));
    }

    [Fact]
    public async Task A_merge_that_would_close_a_loop_of_meta_tags_is_refused_and_changes_nothing()
    {
        await using var db = _archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work("W") with { AdditionalTags = ["Romance", "Slow Burn", "Pining"] });
        var wrangling = new TagWrangling(db);
        // Slow Burn is beneath Romance; Pining is Slow Burn's meta tag. Merging Pining into Romance puts Romance above
        // Slow Burn and Slow Burn above Romance.
        Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Slow Burn"), "Romance"));
        Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Romance"), "Pining"));
        db.ChangeTracker.Clear();
        var problem = await wrangling.MergeAsync(await IdAsync(db, "Pining"), "Slow Burn");
        Assert.Contains("loop", problem!.Message);
        db.ChangeTracker.Clear();
        Assert.Null(await db.Tags.Where(t => t.Name == "Pining").Select(t => t.MergerId).SingleAsync());
        Assert.Equal(2, await db.TagParents.CountAsync(p => p.Child.Type == TagType.Freeform));
    }

    [Fact]
    public async Task A_relationship_is_offered_and_given_its_characters_fandoms()
    {
        await using var db = _archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work("A") with { Fandoms = ["Glass Harbor"], Characters = ["Mira Quell", "Oren Vast"] });
        await Posting.PostAsync(db, Posting.Work("B") with { Fandoms = ["Salt Lanterns"], Characters = ["Tamsin Reed"] });
        await Posting.PostAsync(db, Posting.Work("C") with { Fandoms = ["Glass Harbor", "Salt Lanterns"], Relationships = ["Oren Vast/Tamsin Reed", "Mira Quell & Nobody"] });
        var wrangling = new TagWrangling(db);
        var pairing = await IdAsync(db, "Oren Vast/Tamsin Reed");
        Assert.Equal(["Glass Harbor", "Salt Lanterns"], (await wrangling.CharacterFandomsAsync(pairing)).Select(f => f.Name));
        Assert.Equal(["Glass Harbor"], (await wrangling.CharacterFandomsAsync(await IdAsync(db, "Mira Quell & Nobody"))).Select(f => f.Name));
        Assert.Null(await wrangling.AddCharacterFandomsAsync(pairing));
        Assert.Equal(["Glass Harbor", "Salt Lanterns"], await db.TagParents.Where(p => p.ChildId == pairing).Select(p => p.Parent.Name).OrderBy(n => n).ToListAsync());
        Assert.Empty(await wrangling.CharacterFandomsAsync(pairing));
        Assert.NotNull(await wrangling.AddCharacterFandomsAsync(pairing));
    }

    [Fact]
    public async Task Unwrangled_tags_are_listed_per_fandom_with_their_uses()
    {
        await using var db = _archive.OpenDb();
        await Posting.PostAsync(db, Posting.Work("A") with { Fandoms = ["Smash"], AdditionalTags = ["Angst"] });
        await Posting.PostAsync(db, Posting.Work("B") with { Fandoms = ["Smash"], AdditionalTags = ["Angst", "Fluff"] });
        await Posting.PostAsync(db, Posting.Work("C") with { Fandoms = ["Bunheads"], AdditionalTags = ["Angst"], Characters = ["Ivy Lynn"] });
        var wrangling = new TagWrangling(db);
        Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Fluff"), "Smash"));
        var rows = await UnwrangledTags.LoadAsync(db, await Encore.Search.WorkIndex.BuildAsync(db));
        // Ivy Lynn got Bunheads as its fandom when posted in a single-fandom work; Fluff now has Smash.
        Assert.Equal(["Bunheads Angst 1", "Smash Angst 2"], rows.Select(r => $"{r.Fandom} {r.Name} {r.Uses}"));
        Assert.Equal(["Smash Angst 2"], (await UnwrangledTags.LoadAsync(db, await Encore.Search.WorkIndex.BuildAsync(db), await IdAsync(db, "Smash"))).Select(r => $"{r.Fandom} {r.Name} {r.Uses}"));
        Assert.Empty(await UnwrangledTags.LoadAsync(db, await Encore.Search.WorkIndex.BuildAsync(db), type: TagType.Character));

        // A work in a synonym of the fandom counts under the fandom, once even when it names both; one fandom's view
        // says the same as the whole list for that fandom.
        await Posting.PostAsync(db, Posting.Work("D") with { Fandoms = ["Smash TV"], AdditionalTags = ["Angst", "Hurt"] });
        await Posting.PostAsync(db, Posting.Work("E") with { Fandoms = ["Smash", "Smash TV"], AdditionalTags = ["Angst"] });
        Assert.Null(await wrangling.MergeAsync(await IdAsync(db, "Smash TV"), "Smash"));
        var index = await Encore.Search.WorkIndex.BuildAsync(db);
        var all = await UnwrangledTags.LoadAsync(db, index);
        Assert.Contains("Smash Angst 4", all.Select(r => $"{r.Fandom} {r.Name} {r.Uses}"));
        foreach (var fandom in new[] { "Smash", "Bunheads" })
            foreach (var type in new TagType?[] { null, TagType.Freeform, TagType.Character })
            {
                var id = await IdAsync(db, fandom);
                Assert.Equal(all.Where(r => r.FandomId == id && (type == null || r.Type == type)),
                    await UnwrangledTags.LoadAsync(db, index, id, type));
            }
    }
}
