using Encore.Community;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

public class SubscriptionTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private readonly Dictionary<string, string> _ids = [];

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "fan", "muter", "stranger" }) _ids[name] = (await _archive.CreateUserAsync(name)).Id;
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<List<(string User, InboxKind Kind, int? Chapter)>> InboxAsync(int workId)
    {
        await using var db = _archive.OpenDb();
        var rows = await db.Inbox.Where(i => i.WorkId == workId).Select(i => new { i.UserId, i.Kind, i.ChapterId }).ToListAsync();
        return rows.Select(r => (_ids.First(kv => kv.Value == r.UserId).Key, r.Kind, r.ChapterId)).OrderBy(r => r.Item1).ToList();
    }

    [Fact]
    public async Task Subscribe_buttons_on_work_series_and_user_pages_and_the_subscriptions_page()
    {
        var work = await _archive.PostByAsync("writer", "Serial", change: w => w with { SeriesTitle = "The Saga" });
        int seriesId;
        await using (var db = _archive.OpenDb()) seriesId = await db.SeriesWorks.Where(s => s.WorkId == work.Id).Select(s => s.SeriesId).SingleAsync();
        var fan = await _archive.SignInAsync("fan");
        await fan.PostFormAsync("/account/subscriptions?handler=Subscribe", new() { ["workId"] = $"{work.Id}", ["returnUrl"] = $"/works/{work.Id}" }, formPage: $"/works/{work.Id}");
        await fan.PostFormAsync("/account/subscriptions?handler=Subscribe", new() { ["seriesId"] = $"{seriesId}" }, formPage: $"/series/{seriesId}");
        await fan.PostFormAsync("/account/subscriptions?handler=Subscribe", new() { ["creatorName"] = "writer" }, formPage: "/users/writer");

        Assert.Equal("Unsubscribe", (await fan.PageAsync($"/works/{work.Id}")).Text(".work-actions form[action*=Unsubscribe] button"));
        Assert.Equal("Unsubscribe", (await fan.PageAsync($"/series/{seriesId}")).Text(".subscribe-form button"));
        Assert.Equal("Unsubscribe", (await fan.PageAsync("/users/writer")).Text(".subscribe-form button"));
        var list = await fan.PageAsync("/account/subscriptions");
        Assert.Equal(["Creator: writer Unsubscribe from writer", "Series: The Saga Unsubscribe from The Saga", "Work: Serial Unsubscribe from Serial"],
            list.Texts(".subscription-list li").Order().ToList());

        await fan.PostFormAsync("/account/subscriptions?handler=Unsubscribe", new() { ["seriesId"] = $"{seriesId}" });
        Assert.Equal("Subscribe", (await fan.PageAsync($"/series/{seriesId}")).Text(".subscribe-form button"));
        Assert.Equal(2, (await fan.PageAsync("/account/subscriptions")).QuerySelectorAll(".subscription-list li").Length);
        Assert.Null((await (await _archive.SignInAsync("writer")).PageAsync("/users/writer")).QuerySelector(".subscribe-form"));
        Assert.Null((await _archive.NewClient().PageAsync("/users/writer")).QuerySelector(".subscribe-form"));
    }

    [Fact]
    public async Task WorkUpdates_tells_subscribers_but_not_creators_muters_or_about_drafts()
    {
        var work = await _archive.WorkAsync((await _archive.PostByAsync("writer", "Ongoing", chapters: 2)).Id);
        var draft = await _archive.PostByAsync("writer", "Unfinished", change: w => w with { IsDraft = true });
        await using (var db = _archive.OpenDb())
        {
            foreach (var user in new[] { "fan", "muter", "writer" })
            {
                db.Subscriptions.Add(new Subscription { UserId = _ids[user], WorkId = work.Id });
                db.Subscriptions.Add(new Subscription { UserId = _ids[user], WorkId = draft.Id });
            }
            db.Subscriptions.Add(new Subscription { UserId = _ids["stranger"], CreatorId = _ids["writer"] });
            db.Subscriptions.Add(new Subscription { UserId = _ids["fan"], CreatorId = _ids["writer"] });
            db.Mutes.Add(new Mute { UserId = _ids["muter"], MutedUserId = _ids["writer"] });
            await db.SaveChangesAsync();
            var updates = new WorkUpdates(db, TimeProvider.System);
            Assert.Equal(1, await updates.NewChapterAsync(work.Id, work.Chapters[1].Id));
            Assert.Equal(0, await updates.NewChapterAsync(draft.Id, draft.Chapters[0].Id));
            Assert.Equal(0, await updates.NewChapterAsync(work.Id, draft.Chapters[0].Id));
            Assert.Equal(2, await updates.NewWorkAsync(work.Id));
            Assert.Equal(0, await updates.NewWorkAsync(draft.Id));
        }
        Assert.Equal([("fan", InboxKind.NewChapter, work.Chapters[1].Id), ("fan", InboxKind.NewWork, null), ("stranger", InboxKind.NewWork, null)],
            (await InboxAsync(work.Id)).OrderBy(i => i.User).ThenBy(i => i.Kind).ToList());
        Assert.Empty(await InboxAsync(draft.Id));

        var fan = await _archive.SignInAsync("fan");
        var inbox = await fan.PageAsync("/inbox");
        Assert.Equal(["Unread New work: Ongoing", "Unread New chapter of Ongoing: Chapter 2"], inbox.Texts(".inbox-item.unread a").Select(t => "Unread " + t).ToList());
        Assert.Equal($"/works/{work.Id}/chapters/{work.Chapters[1].Id}", inbox.QuerySelectorAll(".inbox-item a")[1].GetAttribute("href"));
        await fan.PostFormAsync("/inbox?handler=ReadAll", new(), formPage: "/inbox");
        Assert.Empty((await fan.PageAsync("/inbox")).QuerySelectorAll(".inbox-item.unread"));
        Assert.Null((await (await _archive.SignInAsync("muter")).PageAsync("/inbox")).QuerySelector(".inbox-item"));
        Assert.Equal("Your inbox is empty.", (await (await _archive.SignInAsync("writer")).PageAsync("/inbox")).Text(".empty").Split(" Updates")[0]);
    }

    [Fact]
    public async Task A_new_work_in_a_series_reaches_the_series_subscribers()
    {
        var first = await _archive.PostByAsync("writer", "Part One", change: w => w with { SeriesTitle = "Cycle" });
        await using var db = _archive.OpenDb();
        var seriesId = await db.SeriesWorks.Where(s => s.WorkId == first.Id).Select(s => s.SeriesId).SingleAsync();
        db.Subscriptions.Add(new Subscription { UserId = _ids["fan"], SeriesId = seriesId });
        await db.SaveChangesAsync();
        var second = await _archive.PostByAsync("writer", "Part Two", change: w => w with { SeriesTitle = "Cycle" });
        Assert.Equal(1, await new WorkUpdates(db, TimeProvider.System).NewWorkAsync(second.Id));
        Assert.Equal([("fan", InboxKind.NewWork, (int?)null)], await InboxAsync(second.Id));
    }
}
