using System.Net;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

public class KudosTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "cowriter", "reader", "second" }) await _archive.CreateUserAsync(name);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static Task<HttpResponseMessage> KudosAsync(HttpClient client, int workId) =>
        client.PostFormAsync($"/works/{workId}/kudos", new(), formPage: $"/works/{workId}");

    [Fact]
    public async Task Readers_and_guests_leave_kudos_once_and_the_work_page_lists_them()
    {
        var work = await _archive.PostByAsync("writer", "Kudos Magnet");
        var reader = await _archive.SignInAsync("reader");
        var second = await _archive.SignInAsync("second");
        var guest = _archive.NewClient();

        Assert.Equal("Thank you for leaving kudos!", await reader.FollowNoticeAsync(await KudosAsync(reader, work.Id)));
        Assert.Equal("You have already left kudos here. :)", await reader.FollowNoticeAsync(await KudosAsync(reader, work.Id)));
        await KudosAsync(second, work.Id);
        Assert.Equal("Thank you for leaving kudos!", await guest.FollowNoticeAsync(await KudosAsync(guest, work.Id)));
        // Another guest client from the same address is the same guest.
        var sameAddress = _archive.NewClient();
        Assert.Equal("You have already left kudos here. :)", await sameAddress.FollowNoticeAsync(await KudosAsync(sameAddress, work.Id)));

        Assert.Equal(3, (await _archive.WorkAsync(work.Id)).KudosCount);
        var page = await guest.PageAsync($"/works/{work.Id}");
        Assert.Equal("Kudos: 3", page.Text("#kudos-heading"));
        Assert.Equal("reader, second and 1 guest left kudos on this work!", string.Join(' ', page.Text("#kudos p").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["reader", "second"], page.QuerySelectorAll("#kudos p a").Select(a => a.TextContent).ToList());
        Assert.Contains("Kudos:", page.Texts(".work-meta .stats dt"));
    }

    [Fact]
    public async Task The_address_is_never_stored_only_its_keyed_hash()
    {
        var work = await _archive.PostByAsync("writer", "Guest Kudos");
        await KudosAsync(_archive.NewClient(), work.Id);
        await using var db = _archive.OpenDb();
        var key = await db.Kudos.Where(k => k.WorkId == work.Id).Select(k => k.GuestKey).SingleAsync();
        Assert.Matches("^[0-9a-f]{64}$", key!);
        Assert.DoesNotContain("127.0.0.1", key);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("127.0.0.1"u8.ToArray())), key);
    }

    [Fact]
    public async Task Creators_and_co_creators_cannot_leave_kudos_on_their_own_work()
    {
        int cowriterPseud;
        await using (var db = _archive.OpenDb()) cowriterPseud = await db.Pseuds.Where(p => p.User.UserName == "cowriter").Select(p => p.Id).SingleAsync();
        var work = await _archive.PostByAsync("writer", "Our Work", change: w => w with { PseudIds = [.. w.PseudIds, cowriterPseud] });

        var writer = await _archive.SignInAsync("writer");
        var page = await writer.PageAsync($"/works/{work.Id}");
        Assert.Null(page.QuerySelector("#kudos-button"));
        Assert.Equal("You can't leave kudos on your own work.", await writer.FollowNoticeAsync(await KudosAsync(writer, work.Id)));
        var cowriter = await _archive.SignInAsync("cowriter");
        Assert.Equal("You can't leave kudos on your own work.", await cowriter.FollowNoticeAsync(await KudosAsync(cowriter, work.Id)));
        Assert.Equal(0, (await _archive.WorkAsync(work.Id)).KudosCount);
    }

    [Fact]
    public async Task No_kudos_on_drafts_or_restricted_works_for_guests()
    {
        var draft = await _archive.PostByAsync("writer", "Draft", change: w => w with { IsDraft = true });
        var restricted = await _archive.PostByAsync("writer", "Members Only", change: w => w with { Restricted = true });
        var reader = await _archive.SignInAsync("reader");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostFormAsync($"/works/{draft.Id}/kudos", new(), formPage: "/account")).StatusCode);
        var guest = _archive.NewClient();
        // The guest takes a token from a page they can see, then tries the restricted work.
        Assert.Equal(HttpStatusCode.NotFound, (await guest.PostFormAsync($"/works/{restricted.Id}/kudos", new(), formPage: "/login")).StatusCode);
        Assert.Equal(0, (await _archive.WorkAsync(draft.Id)).KudosCount + (await _archive.WorkAsync(restricted.Id)).KudosCount);
    }
}
