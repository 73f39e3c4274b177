using System.Net;
using Encore.Community;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

public class CoCreatorTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task An_invited_co_creator_joins_the_byline_only_on_accepting_and_declining_removes_them()
    {
        foreach (var name in new[] { "lead", "partner" }) await _archive.CreateUserAsync(name);
        var lead = await _archive.SignInAsync("lead");
        var partner = await _archive.SignInAsync("partner");
        var accepted = await lead.PostWorkAsync(PostingForms.Work("Together").Set("Input.CoCreators", "partner"));
        var declined = await lead.PostWorkAsync(PostingForms.Work("Alone After All").Set("Input.CoCreators", "Partner"));

        Assert.Equal("lead", Html.Parse(await partner.GetStringAsync($"/works/{accepted}")).Text(".byline a"));
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/works/{accepted}/edit")).StatusCode);
        await using (var db = _archive.OpenDb())
            Assert.Equal(2, await db.Inbox.CountAsync(i => i.Kind == InboxKind.CoCreatorInvitation && db.Users.Any(u => u.Id == i.UserId && u.UserName == "partner")));

        var invitations = Html.Parse(await partner.GetStringAsync("/account/invitations"));
        Assert.Equal(["Alone After All", "Together"], invitations.Texts(".invitation-list li a"));
        var ids = invitations.QuerySelectorAll("input[name=creatorshipId]").Select(e => e.GetAttribute("value")!).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await partner.SubmitAsync("/account/invitations", [new("creatorshipId", ids[1]), new("answer", "accept")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await partner.SubmitAsync("/account/invitations", [new("creatorshipId", ids[0]), new("answer", "decline")])).StatusCode);
        // Someone else's invitation cannot be answered.
        Assert.Equal(HttpStatusCode.NotFound, (await lead.SubmitAsync("/account/invitations", [new("creatorshipId", ids[0]), new("answer", "accept")])).StatusCode);

        Assert.Equal(["lead", "partner"], Html.Parse(await partner.GetStringAsync($"/works/{accepted}")).Texts(".byline a"));
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/works/{accepted}/edit")).StatusCode);
        Assert.Equal(["lead"], Html.Parse(await partner.GetStringAsync($"/works/{declined}")).Texts(".byline a"));
        Assert.Contains("no invitations", await partner.GetStringAsync("/account/invitations"));
        await using var after = _archive.OpenDb();
        Assert.Equal(1, await after.Creatorships.CountAsync(c => c.WorkId == declined));
    }

    [Fact]
    public async Task A_posted_work_invites_more_co_creators_from_its_edit_page()
    {
        foreach (var name in new[] { "author", "friend", "stranger" }) await _archive.CreateUserAsync(name);
        var author = await _archive.SignInAsync("author");
        var work = await author.PostWorkAsync(PostingForms.Work("Later Help"));
        var edit = $"/works/{work}/edit?handler=Invite";

        foreach (var (names, message) in new[] { ("nobody_here", "no user named"), ("author", "already a creator"), ("", "at least one user") })
        {
            var page = Html.Parse(await (await author.SubmitAsync(edit, [new("Invite", names)], $"/works/{work}/edit")).ReadHtmlAsync());
            Assert.Contains(message, page.Text(".edit-creators .field-error"));
        }
        var invited = Html.Parse(await (await author.SubmitAsync(edit, [new("Invite", "friend")], $"/works/{work}/edit")).ReadHtmlAsync());
        Assert.Contains("friend (invited, not yet accepted)", invited.Texts(".edit-creators li"));
        var again = Html.Parse(await (await author.SubmitAsync(edit, [new("Invite", "Friend")], $"/works/{work}/edit")).ReadHtmlAsync());
        Assert.Contains("friend is already invited", again.Text(".edit-creators .field-error"));

        var stranger = await _archive.SignInAsync("stranger");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.SubmitAsync(edit, [new("Invite", "stranger")], "/login")).StatusCode);
        Assert.Contains("Later Help", await (await _archive.SignInAsync("friend")).GetStringAsync("/account/invitations"));
    }

    [Fact]
    public async Task An_invited_co_creator_cannot_moderate_until_they_accept()
    {
        foreach (var name in new[] { "host", "invitee", "fan" }) await _archive.CreateUserAsync(name);
        var host = await _archive.SignInAsync("host");
        var work = await host.PostWorkAsync(PostingForms.Work("Guest List").Set("Input.CoCreators", "invitee"));
        var draft = await host.PostWorkAsync(PostingForms.Work("Unseen Draft"), handler: "Draft");
        int chapter, comment;
        await using (var db = _archive.OpenDb())
        {
            chapter = await db.Chapters.Where(c => c.WorkId == work).Select(c => c.Id).SingleAsync();
            var fan = await db.Pseuds.Where(p => p.Name == "fan").Select(p => p.Id).SingleAsync();
            var posted = new Comment { WorkId = work, ChapterId = chapter, PseudId = fan, Content = "<p>Hello.</p>", CreatedAt = DateTime.UtcNow };
            db.Comments.Add(posted);
            await db.SaveChangesAsync();
            comment = posted.Id;
        }

        var invitee = await _archive.SignInAsync("invitee");
        Assert.Equal(HttpStatusCode.Forbidden, (await invitee.GetAsync($"/works/{work}/comments/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invitee.SubmitAsync($"/comments/{comment}/delete", [], "/login")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/works/{draft}/comments/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync($"/works/{work}/comments/settings")).StatusCode);
        await using var check = _archive.OpenDb();
        Assert.True(await check.Comments.AnyAsync(c => c.Id == comment && c.DeletedAt == null));
    }
}
