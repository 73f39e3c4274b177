using System.Net;
using Encore.Community;
using Encore.Data;
using Encore.Tests.PostingPages;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Authorization;

// Every page that changes a work or a comment, tried as a guest, as another user, as the owner and as an admin.
// Each row starts from fresh data so one role's success cannot hide another's refusal; after each attempt the row's
// probe says whether anything changed. Guests are sent to log in; refused users get 403; allowed ones change it.
public class AuthorizationMatrixTests : IAsyncLifetime
{
    public enum Role { Guest, Other, Owner, Admin }

    private TestArchive _archive = null!;
    private readonly Dictionary<Role, HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("owner");
        await _archive.CreateUserAsync("other");
        await _archive.CreateUserAsync("third");
        await _archive.CreateUserAsync("boss", admin: true);
        _clients[Role.Guest] = _archive.NewClient();
        _clients[Role.Other] = await _archive.SignInAsync("other");
        _clients[Role.Owner] = await _archive.SignInAsync("owner");
        _clients[Role.Admin] = await _archive.SignInAsync("boss");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    // A row: what to post where, on fresh data, and a probe of the state it would change.
    private sealed record Target(string Path, List<KeyValuePair<string, string>> Fields, Func<EncoreDb, Task<string>> Probe);

    private async Task<(int Work, int[] Chapters)> WorkOfAsync(string user)
    {
        await using var db = _archive.OpenDb();
        var pseud = await db.Pseuds.Where(p => p.User.UserName == user).Select(p => p.Id).SingleAsync();
        var work = await Posting.PostAsync(db, Posting.Work("Matrix work", "<p>First chapter words.</p>", "<p>Second chapter words.</p>")
            with { ExternalCreators = [], PseudIds = [pseud] });
        return (work.Id, work.Chapters.OrderBy(c => c.Position).Select(c => c.Id).ToArray());
    }

    private async Task<int> CommentByAsync(string user, int workId, int chapterId)
    {
        await using var db = _archive.OpenDb();
        var pseud = await db.Pseuds.Where(p => p.User.UserName == user).Select(p => p.Id).SingleAsync();
        var comment = new Comment { WorkId = workId, ChapterId = chapterId, PseudId = pseud, Content = "<p>A comment.</p>", CreatedAt = DateTime.UtcNow };
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return comment.Id;
    }

    private static Func<EncoreDb, Task<string>> WorkProbe(int id) => async db =>
        await db.Works.Where(w => w.Id == id).Select(w => $"{w.Title}|{w.ChapterCount}|{w.HiddenReason}|{w.AllowGuestComments}|" +
            string.Join(",", w.Chapters.OrderBy(c => c.Position).Select(c => c.Id + ":" + c.Content))).SingleOrDefaultAsync() ?? "(deleted)";

    private static Func<EncoreDb, Task<string>> CommentProbe(int id) => async db =>
        await db.Comments.Where(c => c.Id == id).Select(c => $"{c.Content}|{c.DeletedAt}|{c.Removal}").SingleOrDefaultAsync() ?? "(deleted)";

    public static TheoryData<string, Role[]> Rows() => new()
    {
        { "edit work", [Role.Owner] },
        { "delete work", [Role.Owner] },
        { "add chapter", [Role.Owner] },
        { "edit chapter", [Role.Owner] },
        { "delete chapter", [Role.Owner] },
        { "reorder chapters", [Role.Owner] },
        { "comment settings", [Role.Owner] },
        { "hide work", [Role.Admin] },
        { "unhide work", [Role.Admin] },
        { "edit comment", [Role.Owner] },
        { "delete comment", [Role.Owner, Role.Admin] },
        { "moderate comment on own work", [Role.Other, Role.Owner, Role.Admin] },
        { "kudos", [Role.Guest, Role.Other, Role.Admin] },
    };

    private async Task<Target> SetUpAsync(string row)
    {
        var (work, chapters) = await WorkOfAsync("owner");
        var w = $"/works/{work}";
        switch (row)
        {
            case "edit work": return new($"{w}/edit?handler=Save", PostingForms.Work("Renamed"), WorkProbe(work));
            case "delete work": return new($"{w}/delete", [], WorkProbe(work));
            case "add chapter": return new($"{w}/chapters/new", [new("Input.Content", "<p>A third chapter, long enough.</p>")], WorkProbe(work));
            case "edit chapter": return new($"{w}/chapters/{chapters[0]}/edit", [new("Input.Content", "<p>Changed chapter words.</p>")], WorkProbe(work));
            case "delete chapter": return new($"{w}/chapters/{chapters[1]}/edit?handler=Delete", [], WorkProbe(work));
            case "reorder chapters":
                return new($"{w}/chapters/order", [new($"Positions[{chapters[0]}]", "2"), new($"Positions[{chapters[1]}]", "1")], WorkProbe(work));
            case "comment settings": return new($"{w}/comments/settings", [new("AllowGuestComments", "false")], WorkProbe(work));
            case "hide work": return new($"/admin/works/{work}/hide", [new("Input.Reason", "Reported and reviewed.")], WorkProbe(work));
            case "unhide work":
                await using (var db = _archive.OpenDb())
                    await db.Works.Where(x => x.Id == work).ExecuteUpdateAsync(s => s.SetProperty(x => x.HiddenReason, "Hidden for review."));
                return new($"/admin/works/{work}/hide?handler=Unhide", [], WorkProbe(work));
            case "kudos": return new($"{w}/kudos", [], async db => (await db.Kudos.CountAsync(k => k.WorkId == work)).ToString());
        }
        // Comment rows: the comment is the owner's, on a third user's work ("moderate": on the owner's own work by other).
        var (theirWork, theirChapters) = await WorkOfAsync("third");
        var comment = row == "moderate comment on own work"
            ? await CommentByAsync("other", work, chapters[0])
            : await CommentByAsync("owner", theirWork, theirChapters[0]);
        return row == "edit comment"
            ? new($"/comments/{comment}/edit", [new("Text", "Edited by someone.")], CommentProbe(comment))
            : new($"/comments/{comment}/delete", [], CommentProbe(comment));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Only_the_right_people_change_it(string row, Role[] allowed)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var target = await SetUpAsync(row);
            string before;
            await using (var db = _archive.OpenDb()) before = await target.Probe(db);
            var response = await _clients[role].SubmitAsync(target.Path, target.Fields, formPage: "/login");
            string after;
            await using (var db = _archive.OpenDb()) after = await target.Probe(db);

            var where = $"{row} as {role}: {(int)response.StatusCode} {response.Headers.Location}";
            if (allowed.Contains(role))
            {
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, where);
                Assert.True(before != after, $"{where}: nothing changed");
                continue;
            }
            Assert.True(before == after, $"{where}: changed from «{before}» to «{after}»");
            if (row == "kudos") continue;  // a creator's own kudos is refused with a notice on the work page
            if (role == Role.Guest)
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login"), where);
            else
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, where);
        }
    }
}
