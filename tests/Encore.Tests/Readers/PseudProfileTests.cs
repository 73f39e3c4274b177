using System.Net;
using Encore.Community;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

public sealed class PseudProfileTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("maker");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static async Task<string> ProblemAsync(HttpResponseMessage response) =>
        Html.Parse(await response.ReadHtmlAsync()).Text(".error-summary");

    [Fact]
    public async Task Pseuds_are_added_checked_renamed_and_made_default()
    {
        var maker = await _archive.SignInAsync("maker");
        Assert.Equal(HttpStatusCode.Redirect, (await maker.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = " Night Owl " }, "/account/pseuds")).StatusCode);
        Assert.Contains("letters, numbers, spaces and underscores",
            await ProblemAsync(await maker.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = "<script>alert(1)</script>" }, "/account/pseuds")));
        Assert.Contains("already have a pseud called \"night owl\"",
            await ProblemAsync(await maker.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = "night owl" }, "/account/pseuds")));
        Assert.Contains("1 to 40 characters",
            await ProblemAsync(await maker.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = new string('a', 41) }, "/account/pseuds")));

        var page = Html.Parse(await maker.GetStringAsync("/account/pseuds"));
        Assert.Equal(["maker Default", "Night Owl"], page.Texts(".pseud-name"));
        Assert.Null(page.QuerySelector("form[action*='handler=Rename'][action$='pseudId=" + await PseudIdAsync("maker") + "']"));
        Assert.Equal(HttpStatusCode.Redirect, (await maker.SubmitAsync("/account/pseuds", "form.pseud-rename", new() { ["name"] = "Day Owl" })).StatusCode);
        Assert.Contains("Pseuds use letters", await ProblemAsync(await maker.SubmitAsync("/account/pseuds", "form.pseud-rename", new() { ["name"] = "Owl!" })));
        Assert.Contains("already have a pseud called \"MAKER\"", await ProblemAsync(await maker.SubmitAsync("/account/pseuds", "form.pseud-rename", new() { ["name"] = "MAKER" })));

        await maker.SubmitAsync("/account/pseuds", ".pseud-actions form[action*='handler=Default']");
        Assert.Equal(["Day Owl Default", "maker"], Html.Parse(await maker.GetStringAsync("/account/pseuds")).Texts(".pseud-name"));
        await using var db = _archive.OpenDb();
        Assert.Equal("Day Owl", await db.Pseuds.Where(p => p.IsDefault).Select(p => p.Name).SingleAsync());
        Assert.Equal(2, await db.Pseuds.CountAsync());
    }

    [Fact]
    public async Task Deleting_a_pseud_moves_its_works_and_bookmarks_to_the_default_and_the_default_stays()
    {
        var maker = await _archive.SignInAsync("maker");
        await maker.PostFormAsync("/account/pseuds?handler=Add", new() { ["Input.Name"] = "Side Name" }, "/account/pseuds");
        var side = await PseudIdAsync("Side Name");
        var main = await PseudIdAsync("maker");
        int soloId, sharedId;
        await using (var db = _archive.OpenDb())
        {
            soloId = (await Posting.PostAsync(db, Posting.Work("Side Solo") with { PseudIds = [side], ExternalCreators = [] })).Id;
            sharedId = (await Posting.PostAsync(db, Posting.Work("Both Names") with { PseudIds = [main, side], ExternalCreators = [] })).Id;
            var userId = await db.Pseuds.Where(p => p.Id == side).Select(p => p.UserId).SingleAsync();
            db.Bookmarks.Add(new Bookmark { UserId = userId, PseudId = side, WorkId = soloId, Notes = "kept" });
            await db.SaveChangesAsync();
        }
        await _archive.CatchUpAsync();
        Assert.Equal(["Both Names", "Side Solo"], (await Listings.TitlesAsync(maker, "/users/maker/pseuds/Side Name")).Order());

        Assert.Contains("default pseud cannot be deleted",
            await ProblemAsync(await maker.PostFormAsync($"/account/pseuds?handler=Delete&pseudId={main}", [], "/account/pseuds")));
        Assert.Equal(HttpStatusCode.Redirect, (await maker.SubmitAsync("/account/pseuds", ".pseud-actions form[action*='handler=Delete']")).StatusCode);

        await using var check = _archive.OpenDb();
        Assert.False(await check.Pseuds.AnyAsync(p => p.Id == side));
        Assert.Equal([main], await check.Creatorships.Where(c => c.WorkId == soloId).Select(c => c.PseudId!.Value).ToListAsync());
        Assert.Equal([main], await check.Creatorships.Where(c => c.WorkId == sharedId).Select(c => c.PseudId!.Value).ToListAsync());
        Assert.Equal(main, await check.Bookmarks.Where(b => b.Notes == "kept").Select(b => b.PseudId).SingleAsync());
        Assert.Equal(["Both Names", "Side Solo"], (await Listings.TitlesAsync(maker, "/users/maker")).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await maker.GetAsync("/users/maker/pseuds/Side Name")).StatusCode);
    }

    [Fact]
    public async Task Another_users_pseud_cannot_be_touched()
    {
        await _archive.CreateUserAsync("other");
        var theirs = await PseudIdAsync("other");
        var maker = await _archive.SignInAsync("maker");
        foreach (var handler in new[] { "Delete", "Default", "Rename" })
            Assert.Contains("not one of yours",
                await ProblemAsync(await maker.PostFormAsync($"/account/pseuds?handler={handler}&pseudId={theirs}", new() { ["name"] = "Stolen" }, "/account/pseuds")));
        await using var db = _archive.OpenDb();
        Assert.Equal("other", await db.Pseuds.Where(p => p.Id == theirs).Select(p => p.Name).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _archive.NewClient().GetAsync("/account/pseuds")).StatusCode);
    }

    [Fact]
    public async Task The_profile_is_sanitized_limited_and_shown_on_the_user_page()
    {
        var maker = await _archive.SignInAsync("maker");
        var saved = await maker.PostFormAsync("/account/profile", new() { ["Input.Text"] = "<p onclick=\"alert(1)\">I write <em>ballet</em> fic.</p><script>alert('x')</script>" });
        Assert.Equal("/users/maker", saved.Headers.Location?.OriginalString);
        var html = await _archive.NewClient().GetStringAsync("/users/maker");
        var profile = Html.Parse(html).QuerySelector(".profile-text")!;
        Assert.Equal("<p>I write <em>ballet</em> fic.</p>", profile.InnerHtml.Trim());
        Assert.DoesNotContain("alert", html);

        Assert.Contains("at most 2000 characters",
            await ProblemAsync(await maker.PostFormAsync("/account/profile", new() { ["Input.Text"] = new string('x', 2001) })));
        Assert.Contains("I write", await maker.GetStringAsync("/account/profile"));
        await maker.PostFormAsync("/account/profile", new() { ["Input.Text"] = "  " });
        Assert.Null(Html.Parse(await maker.GetStringAsync("/users/maker")).QuerySelector(".profile-text"));
    }

    private async Task<int> PseudIdAsync(string name)
    {
        await using var db = _archive.OpenDb();
        return await db.Pseuds.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
