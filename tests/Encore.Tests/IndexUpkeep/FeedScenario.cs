using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.IndexUpkeep;

// Every kind of change the index depends on, each made through its own EncoreDb (as another node or the CLI
// would), with bulk ExecuteUpdate/ExecuteDelete where the archive uses them. After each, the node catches up from
// the change feed alone: the triggers must have recorded it, the change must show in a search, and the index must
// equal a fresh build. Run on SQLite and on PostgreSQL.
public static class FeedScenario
{
    public static async Task RunAsync(DatabaseSettings settings)
    {
        await DatabaseCheck.PrepareAsync(settings);
        var host = new IndexHost(() => DatabaseServices.Open(settings));
        await host.BuildAsync();
        EncoreDb Open() => DatabaseServices.Open(settings);
        List<int> Ids(WorkQuery q) => host.Index.Search(q with { PageSize = 1000 }).WorkIds.ToList();
        async Task<int> TagAsync(string name)
        {
            await using var db = Open();
            return await db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
        }
        async Task Step(string name, Func<EncoreDb, Task> change, Func<bool> visible)
        {
            await using (var db = Open()) await change(db);
            Assert.True(await host.CatchUpAsync() > 0, $"{name}: the feed recorded nothing");
            Assert.True(visible(), $"{name}: the change does not show in the index");
            var problems = await host.VerifyAsync();
            Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
        }

        User writer = null!, reader = null!;
        Pseud pen = null!;
        await using (var db = Open())
        {
            writer = new User { UserName = "writer", NormalizedUserName = "WRITER", SecurityStamp = "s" };
            reader = new User { UserName = "reader", NormalizedUserName = "READER", SecurityStamp = "s" };
            pen = new Pseud { UserId = writer.Id, User = writer, Name = "Writer Pen", IsDefault = true };
            db.AddRange(writer, reader, pen);
            await db.SaveChangesAsync();
        }
        var member = new WorkQuery { ReaderUserId = reader.Id };
        int a = 0, b = 0;

        await Step("post a work", async db => a = (await Support.Posting.PostAsync(db, Support.Posting.Work("Zulu Story") with
        {
            ExternalCreators = [], PseudIds = [pen.Id], Fandoms = ["Feed Fandom"], AdditionalTags = ["Angst", "Mist"],
        })).Id, () => Ids(new WorkQuery { IncludeTagIds = [TagAsync("Angst").Result] }).Contains(a));
        await Step("post another", async db => b = (await Support.Posting.PostAsync(db, Support.Posting.Work("Beta Work") with
        {
            ExternalCreators = ["zed"], AdditionalTags = ["Fluff"],
        })).Id, () => Ids(new WorkQuery()).Count == 2);
        await Step("retitle", async db =>
        {
            var work = await db.Works.SingleAsync(w => w.Id == a);
            work.Title = "Aardvark";
            await db.SaveChangesAsync();
        }, () => Ids(new WorkQuery { Sort = WorkSort.Title, Descending = false })[0] == a);
        var mist = await TagAsync("Mist");
        await Step("retag", async db =>
        {
            await db.WorkTags.Where(l => l.WorkId == a && l.TagId == mist).ExecuteDeleteAsync();
            db.WorkTags.Add(new WorkTag { WorkId = a, Tag = new Tag { Type = TagType.Freeform, Name = "Brand New", NormalizedName = Tag.Normalize("Brand New") } });
            await db.SaveChangesAsync();
        }, () => !Ids(new WorkQuery { IncludeTagIds = [mist] }).Contains(a) && Ids(new WorkQuery { IncludeTagIds = [TagAsync("Brand New").Result] }).Contains(a));
        var chapter = 0;
        await Step("add a chapter", async db =>
        {
            var c = new Chapter { WorkId = a, Position = 2, Content = "<p>More.</p>", WordCount = 1, PublishedAt = DateTime.UtcNow };
            db.Chapters.Add(c);
            await db.SaveChangesAsync();
            chapter = c.Id;
            await db.Works.Where(w => w.Id == a).ExecuteUpdateAsync(s => s.SetProperty(w => w.ChapterCount, 2));
        }, () => !Ids(new WorkQuery { SingleChapter = true }).Contains(a));
        await Step("edit a chapter's text only", db => db.Chapters.Where(c => c.Id == chapter).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, "<p>Less.</p>")), () => true);
        await Step("delete the chapter", async db =>
        {
            await db.Chapters.Where(c => c.Id == chapter).ExecuteDeleteAsync();
            await db.Works.Where(w => w.Id == a).ExecuteUpdateAsync(s => s.SetProperty(w => w.ChapterCount, 1));
        }, () => Ids(new WorkQuery { SingleChapter = true }).Contains(a));
        await Step("hide", db => WorkHiding.HideAsync(db, a, "a reason"),
            () => !Ids(new WorkQuery()).Contains(a) && Ids(member with { ReaderIsAdmin = true }).Contains(a));
        await Step("unhide", db => WorkHiding.UnhideAsync(db, a), () => Ids(new WorkQuery()).Contains(a));
        await Step("kudos on every work at once", db => db.Works.ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, w => w.Id == b ? w.KudosCount + 5 : w.KudosCount + 1)),
            () => Ids(new WorkQuery { Sort = WorkSort.Kudos })[0] == b);
        var suggestion = new WorkSuggestion { WorkId = a, TagName = "Drug Use", Type = TagType.Freeform, Evidence = "[]", CreatedAt = DateTime.UtcNow };
        await Step("a suggested label", async db => { db.WorkSuggestions.Add(suggestion); await db.SaveChangesAsync(); },
            () => !Ids(member with { BlockedSuggestionNames = ["drug use"] }).Contains(a));
        await Step("the label rejected", db => db.WorkSuggestions.Where(s => s.Id == suggestion.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SuggestionStatus.Rejected)),
            () => Ids(member with { BlockedSuggestionNames = ["drug use"] }).Contains(a));
        var fluff = await TagAsync("Fluff");
        await Step("merge a tag", async db =>
        {
            var wrangling = new TagWrangling(db);
            Assert.Null(await wrangling.SetCanonicalAsync(fluff, true));
            Assert.Null(await wrangling.MergeAsync(await db.Tags.Where(t => t.Name == "Angst").Select(t => t.Id).SingleAsync(), "Fluff"));
        }, () => Ids(new WorkQuery { IncludeTagIds = [fluff] }).Order().SequenceEqual(new[] { a, b }.Order()));
        await Step("a meta tag", async db =>
        {
            db.Tags.Add(new Tag { Type = TagType.Freeform, Name = "Broad", NormalizedName = Tag.Normalize("Broad"), Canonical = true });
            await db.SaveChangesAsync();
            var wrangling = new TagWrangling(db);
            var brandNew = await db.Tags.Where(t => t.Name == "Brand New").Select(t => t.Id).SingleAsync();
            Assert.Null(await wrangling.SetCanonicalAsync(brandNew, true));
            Assert.Null(await wrangling.AddParentAsync(brandNew, "Broad"));
        }, () => Ids(new WorkQuery { IncludeTagIds = [TagAsync("Broad").Result] }).SequenceEqual([a])
            && !Ids(member with { BlockedTagIds = [TagAsync("Broad").Result] }).Contains(a));
        await Step("rename the pseud", db => PseudEditing.RenameAsync(db, writer.Id, pen.Id, "Aaron").ContinueWith(t => Assert.Null(t.Result)),
            () => Ids(new WorkQuery { Sort = WorkSort.Creator, Descending = false })[0] == a);
        await Step("delete a work", db => db.Works.Where(w => w.Id == b).ExecuteDeleteAsync(), () => !Ids(new WorkQuery()).Contains(b));
        await Step("remove the meta tag", async db =>
        {
            var broad = await db.Tags.Where(t => t.Name == "Broad").Select(t => t.Id).SingleAsync();
            await db.TagParents.Where(p => p.ParentId == broad).ExecuteDeleteAsync();
        }, () => Ids(new WorkQuery { IncludeTagIds = [TagAsync("Broad").Result] }).Count == 0);
        Assert.DoesNotContain(a, Ids(member with { MutedUserIds = [writer.Id] }));
        await Step("close the account, orphaning the work", db => AccountClosing.CloseAsync(db, writer.Id, WorksOnClose.Orphan, TimeProvider.System),
            () => Ids(member with { MutedUserIds = [writer.Id] }).Contains(a));
    }
}
