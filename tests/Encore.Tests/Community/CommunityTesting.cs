using AngleSharp.Dom;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Community;

// Works credited to test users, and the pages they produce.
internal static class CommunityTesting
{
    public static async Task<Work> PostByAsync(this TestArchive archive, string userName, string title, int chapters = 1, Func<NewWork, NewWork>? change = null)
    {
        await using var db = archive.OpenDb();
        var pseudIds = await db.Pseuds.Where(p => p.User.UserName == userName && p.IsDefault).Select(p => p.Id).ToListAsync();
        var texts = Enumerable.Range(1, chapters).Select(i => $"<p>The words of chapter {i}, long enough to count.</p>").ToArray();
        var work = Posting.Work(title, texts) with { PseudIds = pseudIds, ExternalCreators = [] };
        var posted = await Posting.PostAsync(db, change == null ? work : change(work));
        await archive.CatchUpAsync();
        return posted;
    }

    public static async Task<IDocument> PageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        return Html.Parse(await response.ReadHtmlAsync());
    }

    public static async Task<Work> WorkAsync(this TestArchive archive, int id)
    {
        await using var db = archive.OpenDb();
        return await db.Works.AsNoTracking().Include(w => w.Chapters.OrderBy(c => c.Position)).FirstAsync(w => w.Id == id);
    }

    // The notice shown after a redirect (kept for one request), from the page the redirect leads to.
    public static async Task<string> FollowNoticeAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.PageAsync(response.Headers.Location!.OriginalString);
        return page.Text(".notice");
    }
}

// A clock the test moves: the archive reads the time only through TimeProvider.
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}
