using System.Net;
using Encore.Community;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

public sealed class MutingTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("loud");
        await _archive.CreateUserAsync("quiet");
        await _archive.CreateUserAsync("reader");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Muting_from_the_user_page_hides_their_works_everywhere_until_unmuted()
    {
        var muted = await Listings.PostAsync(_archive, "loud", "Shouted Story");
        var other = await Listings.PostAsync(_archive, "quiet", "Whispered Story");
        var reader = await _archive.SignInAsync("reader");
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, muted));

        var mute = await reader.SubmitAsync("/users/loud", ".profile form.mute-form");
        Assert.Equal("/users/loud", mute.Headers.Location?.OriginalString);
        Assert.Empty(await Listings.WhereSeenAsync(reader, muted));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, other));
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(_archive.NewClient(), muted));
        var userPage = Html.Parse(await reader.GetStringAsync("/users/loud"));
        Assert.Contains("You have muted loud", userPage.Text(".muted-notice"));
        Assert.Equal("Unmute loud", userPage.Text(".profile form.mute-form button"));
        Assert.Equal(["loud"], Html.Parse(await reader.GetStringAsync("/account/muted")).Texts(".muted-users a"));

        var page = Html.Parse(await reader.GetStringAsync($"/works/{muted.Id}"));
        Assert.Equal("This work is hidden by your mutes", page.Text(".hidden-notice h1"));
        Assert.Contains("it is by loud, whom you muted", page.Text(".hidden-notice p"));

        var unmute = await reader.SubmitAsync("/users/loud", ".profile form.mute-form");
        Assert.Equal("/users/loud", unmute.Headers.Location?.OriginalString);
        Assert.Equal(Listings.Everywhere, await Listings.WhereSeenAsync(reader, muted));
        Assert.Contains("You have not muted anyone", await reader.GetStringAsync("/account/muted"));
    }

    [Fact]
    public async Task Unmuting_from_the_list_and_no_muting_oneself()
    {
        var reader = await _archive.SignInAsync("reader");
        Assert.Null(Html.Parse(await reader.GetStringAsync("/users/reader")).QuerySelector(".profile form.mute-form"));
        Assert.Null(Html.Parse(await _archive.NewClient().GetStringAsync("/users/loud")).QuerySelector(".profile form.mute-form"));
        var self = await reader.PostFormAsync("/account/muted?handler=Mute&userName=reader", [], formPage: "/account/muted");
        Assert.Contains("You cannot mute yourself.", Html.Parse(await self.ReadHtmlAsync()).Text(".error-summary"));
        var nobody = await reader.PostFormAsync("/account/muted?handler=Mute&userName=nobody_here", [], formPage: "/account/muted");
        Assert.Contains("There is no user called \"nobody_here\"", Html.Parse(await nobody.ReadHtmlAsync()).Text(".error-summary"));

        await reader.SubmitAsync("/users/loud", ".profile form.mute-form");
        await reader.SubmitAsync("/users/quiet", ".profile form.mute-form");
        Assert.Equal(["loud", "quiet"], Html.Parse(await reader.GetStringAsync("/account/muted")).Texts(".muted-users a"));
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/account/muted", ".muted-users form")).StatusCode);
        Assert.Equal(["quiet"], Html.Parse(await reader.GetStringAsync("/account/muted")).Texts(".muted-users a"));
        await using var db = _archive.OpenDb();
        Assert.Equal(["quiet"], await db.Mutes.Select(m => m.MutedUser.UserName!).ToListAsync());
    }

    [Fact]
    public async Task Comments_of_muted_users_are_left_out_for_the_reader_who_muted_them()
    {
        var work = await Listings.PostAsync(_archive, "quiet", "Commented Story");
        await using var db = _archive.OpenDb();
        var chapterId = await db.Chapters.Where(c => c.WorkId == work.Id).Select(c => c.Id).SingleAsync();
        var loud = await db.Pseuds.SingleAsync(p => p.Name == "loud");
        var quiet = await db.Pseuds.SingleAsync(p => p.Name == "quiet");
        db.Comments.AddRange(
            new Comment { WorkId = work.Id, ChapterId = chapterId, PseudId = loud.Id, Content = "<p>loud</p>" },
            new Comment { WorkId = work.Id, ChapterId = chapterId, PseudId = quiet.Id, Content = "<p>quiet</p>" },
            new Comment { WorkId = work.Id, ChapterId = chapterId, GuestName = "A guest", Content = "<p>guest</p>" });
        await db.SaveChangesAsync();

        var muting = new Reader("someone") { MutedUserIds = [loud.UserId] };
        Assert.Equal(["<p>guest</p>", "<p>quiet</p>"], (await db.Comments.WithoutMutedFor(muting).Select(c => c.Content).ToListAsync()).Order());
        Assert.Equal(3, await db.Comments.WithoutMutedFor(Reader.Guest).CountAsync());
        Assert.Equal(3, await db.Comments.WithoutMutedFor(new Reader(loud.UserId)).CountAsync());
    }
}
