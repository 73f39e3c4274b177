using System.Net;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

// Admins hide works with a reason; drafts and restricted works follow the archive's rules in every listing.
public sealed class AuthorityTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("creator");
        await _archive.CreateUserAsync("other");
        await _archive.CreateUserAsync("boss", admin: true);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Only_admins_may_hide_and_unhide_a_work()
    {
        var work = await Listings.PostAsync(_archive, "creator", "Contested Work");
        var hide = $"/admin/works/{work.Id}/hide";
        var guest = _archive.NewClient();
        var asGuest = await guest.PostFormAsync(hide, new() { ["Input.Reason"] = "no" }, formPage: "/login");
        Assert.Equal(HttpStatusCode.Redirect, asGuest.StatusCode);
        Assert.StartsWith("/login", asGuest.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await guest.GetAsync("/admin")).StatusCode);
        foreach (var name in new[] { "other", "creator" })
        {
            var client = await _archive.SignInAsync(name);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(hide, new() { ["Input.Reason"] = "no" }, formPage: "/account")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(hide + "?handler=Unhide", [], formPage: "/account")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
            Assert.Null(Html.Parse(await client.GetStringAsync($"/works/{work.Id}")).QuerySelector(".admin-tools"));
        }
        await using (var db = _archive.OpenDb())
            Assert.Null(await db.Works.Where(w => w.Id == work.Id).Select(w => w.HiddenReason).SingleAsync());

        var boss = await _archive.SignInAsync("boss");
        var empty = await boss.SubmitAsync($"/works/{work.Id}", "form.admin-hide", new() { ["Input.Reason"] = " " });
        Assert.Contains("Give a reason", Html.Parse(await empty.ReadHtmlAsync()).Text(".error-summary"));
        var hidden = await boss.SubmitAsync($"/works/{work.Id}", "form.admin-hide", new() { ["Input.Reason"] = "Copied from <b>elsewhere</b>" });
        Assert.Equal($"/works/{work.Id}", hidden.Headers.Location?.OriginalString);
        await using (var db = _archive.OpenDb())
            Assert.Equal("Copied from <b>elsewhere</b>", await db.Works.Where(w => w.Id == work.Id).Select(w => w.HiddenReason).SingleAsync());
        Assert.Equal(["Contested Work"], Html.Parse(await boss.GetStringAsync("/admin")).Texts(".hidden-works a"));

        var unhidden = await boss.SubmitAsync($"/works/{work.Id}", "form.admin-hide");
        Assert.Equal(HttpStatusCode.Redirect, unhidden.StatusCode);
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(guest, work));
    }

    [Fact]
    public async Task A_hidden_work_is_gone_for_everyone_but_its_creators_who_see_the_reason_and_admins()
    {
        var work = await Listings.PostAsync(_archive, "creator", "Hidden Work");
        await using (var db = _archive.OpenDb())
            await db.Works.Where(w => w.Id == work.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, "Breaks rule <3>"));
        var guest = _archive.NewClient();
        var other = await _archive.SignInAsync("other");
        Assert.Empty(await Listings.WhereSeenAsync(guest, work));
        Assert.Empty(await Listings.WhereSeenAsync(other, work));
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/works/{work.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/works/{work.Id}")).StatusCode);

        var creator = await _archive.SignInAsync("creator");
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(creator, work));
        var page = Html.Parse(await creator.GetStringAsync($"/works/{work.Id}"));
        Assert.Contains("An admin has hidden this work. Reason: Breaks rule <3>.", page.Text(".admin-hidden"));
        Assert.Null(page.QuerySelector(".admin-tools"));

        var boss = await _archive.SignInAsync("boss");
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(boss, work));
        Assert.Equal("Admin: unhide this work", Html.Parse(await boss.GetStringAsync($"/works/{work.Id}")).Text(".admin-tools summary"));
    }

    [Fact]
    public async Task A_draft_is_seen_only_by_its_creators()
    {
        var draft = await Listings.PostAsync(_archive, "creator", "Draft Work", w => w with { IsDraft = true });
        foreach (var client in new[] { _archive.NewClient(), await _archive.SignInAsync("other"), await _archive.SignInAsync("boss") })
        {
            Assert.Empty(await Listings.WhereSeenAsync(client, draft));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/works/{draft.Id}")).StatusCode);
        }
        var creator = await _archive.SignInAsync("creator");
        Assert.Contains("Draft Work", await Listings.TitlesAsync(creator, "/users/creator"));
        Assert.Equal("Draft Work", Html.Parse(await creator.GetStringAsync($"/works/{draft.Id}")).Text("h1.work-title"));
    }

    [Fact]
    public async Task A_restricted_work_is_invisible_to_guests_everywhere_and_visible_to_signed_in_readers()
    {
        var work = await Listings.PostAsync(_archive, "creator", "Members Work", w => w with { Restricted = true });
        var guest = _archive.NewClient();
        Assert.Empty(await Listings.WhereSeenAsync(guest, work));
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/works/{work.Id}")).StatusCode);
        Assert.DoesNotContain("Members Work", await guest.GetStringAsync("/"));

        var other = await _archive.SignInAsync("other");
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(other, work));
        Assert.Equal("Members Work", Html.Parse(await other.GetStringAsync($"/works/{work.Id}")).Text("h1.work-title"));
    }
}
