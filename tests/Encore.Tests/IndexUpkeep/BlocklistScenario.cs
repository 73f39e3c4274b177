using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.IndexUpkeep;

// The reader's blocklist means the same in the database query (VisibleTo, for pages not yet on the index) and in
// the index: a blocked tag hides works with it, its synonyms, its sub tags and theirs (not its meta tags), a blocked
// synonym stands for its canonical tag, the reader's own works stay, and suggested labels match ignoring case.
public static class BlocklistScenario
{
    public static async Task RunAsync(DatabaseSettings settings)
    {
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        var reader = new User { UserName = "reader", NormalizedUserName = "READER", SecurityStamp = "s" };
        reader.Settings.BlockSuggestedTags = true;
        var own = new Pseud { UserId = reader.Id, User = reader, Name = "reader", IsDefault = true };
        db.AddRange(reader, own);
        await db.SaveChangesAsync();
        async Task<int> Post(string title, string[] tags, bool mine = false) =>
            (await Support.Posting.PostAsync(db, Support.Posting.Work(title) with
            {
                AdditionalTags = tags, PseudIds = mine ? [own.Id] : [], ExternalCreators = mine ? [] : ["someone"],
            })).Id;
        var sub = await Post("Sub", ["Coffee Shop AU"]);
        var synonym = await Post("Synonym", ["cafe au"]);
        var meta = await Post("Meta", ["Alternate Universe"]);
        var deeper = await Post("Deeper", ["Tiny Cafe AU"]);
        var other = await Post("Other", ["Fluff"]);
        var mine = await Post("Mine", ["Coffee Shop AU"], mine: true);
        var labelled = await Post("Labelled", ["Fluff"]);
        db.WorkSuggestions.Add(new WorkSuggestion { WorkId = labelled, TagName = "DRUG use ", Type = TagType.Freeform, Evidence = "[]", CreatedAt = DateTime.UtcNow });
        db.Tags.Add(new Tag { Type = TagType.Freeform, Name = "Drug Use", NormalizedName = Tag.Normalize("Drug Use"), Canonical = true });
        await db.SaveChangesAsync();
        var wrangling = new TagWrangling(db);
        int Id(string name) => db.Tags.Where(t => t.Name == name).Select(t => t.Id).Single();
        foreach (var name in new[] { "Alternate Universe", "Coffee Shop AU", "Tiny Cafe AU" }) Assert.Null(await wrangling.SetCanonicalAsync(Id(name), true));
        Assert.Null(await wrangling.MergeAsync(Id("cafe au"), "Coffee Shop AU"));
        Assert.Null(await wrangling.AddParentAsync(Id("Coffee Shop AU"), "Alternate Universe"));
        Assert.Null(await wrangling.AddParentAsync(Id("Tiny Cafe AU"), "Coffee Shop AU"));
        var index = await WorkIndex.BuildAsync(db);
        db.ChangeTracker.Clear();

        async Task<(List<int> Query, List<int> Index)> SeenAsync(params string[] blocked)
        {
            await db.BlockedTags.Where(b => b.UserId == reader.Id).ExecuteDeleteAsync();
            foreach (var name in blocked) db.BlockedTags.Add(new BlockedTag { UserId = reader.Id, TagId = Id(name), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var r = await ReaderLoader.LoadAsync(db, reader.Id, isAdmin: false, CancellationToken.None);
            var query = await db.Works.VisibleTo(r).OrderBy(w => w.Id).Select(w => w.Id).ToListAsync();
            var found = index.Search(new WorkQuery
            {
                ReaderUserId = r.UserId, BlockedTagIds = r.BlockedTagIds, BlockedSuggestionNames = r.BlockSuggestedTags ? r.BlockedTagNames : [],
                PageSize = 100,
            }).WorkIds.Order().ToList();
            return (query, found);
        }

        var all = new[] { sub, synonym, meta, deeper, other, mine, labelled };
        var (q, i) = await SeenAsync("Alternate Universe");
        Assert.Equal([other, mine, labelled], q);
        Assert.Equal(q, i);
        (q, i) = await SeenAsync("cafe au");
        Assert.Equal([meta, other, mine, labelled], q);
        Assert.Equal(q, i);
        (q, i) = await SeenAsync("Tiny Cafe AU", "Drug Use");
        Assert.Equal(all.Except([deeper, labelled]).Order(), q);
        Assert.Equal(q, i);

        var why = await HiddenReasons.ForAsync(db, deeper, await ReaderLoader.LoadAsync(db, reader.Id, false, CancellationToken.None));
        Assert.Equal(["Tiny Cafe AU"], why.Tags);
        why = await HiddenReasons.ForAsync(db, labelled, await ReaderLoader.LoadAsync(db, reader.Id, false, CancellationToken.None));
        Assert.Equal(["DRUG use "], why.Suggested);
    }
}
