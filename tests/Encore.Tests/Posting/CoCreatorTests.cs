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
}
