using System.Net;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Readers;

// A work posted for these tests: its own fandom and series, so every listing and count can be probed for it alone.
public sealed record Probe(int Id, string Title, string Fandom, string UserName, int SeriesId);

// Every place a work can be listed or counted, as one reader sees it.
public static class Listings
{
    public static readonly string[] Everywhere = ["works", "home", "home-fandom-count", "fandoms-count", "tag", "user", "series"];

    public static async Task<Probe> PostAsync(TestArchive archive, string userName, string title, Func<NewWork, NewWork>? change = null)
    {
        await using var db = archive.OpenDb();
        var pseudId = await db.Pseuds.Where(p => p.User.UserName == userName && p.IsDefault).Select(p => p.Id).SingleAsync();
        var input = Posting.Work(title) with
        {
            PseudIds = [pseudId], ExternalCreators = [], Fandoms = [$"{title} Fandom"], SeriesTitle = $"{title} Series",
        };
        var work = await Posting.PostAsync(db, change?.Invoke(input) ?? input);
        var seriesId = await db.SeriesWorks.Where(s => s.WorkId == work.Id).Select(s => s.SeriesId).SingleAsync();
        await archive.CatchUpAsync();
        return new Probe(work.Id, title, $"{title} Fandom", userName, seriesId);
    }

    // The names (from Everywhere) of the places where this client finds the work.
    public static async Task<List<string>> WhereSeenAsync(HttpClient client, Probe work)
    {
        var seen = new List<string>();
        if (await TitlesAsync(client, "/works?page=1") is var all && all.Contains(work.Title)) seen.Add("works");
        var home = (await PageAsync(client, "/"))!;
        if (home.Texts(".blurb-title a").Contains(work.Title)) seen.Add("home");
        if (Count(home, work.Fandom) > 0) seen.Add("home-fandom-count");
        if (Count((await PageAsync(client, "/fandoms"))!, work.Fandom) > 0) seen.Add("fandoms-count");
        if ((await TitlesAsync(client, Encore.Web.Links.TagWorks(work.Fandom))).Contains(work.Title)) seen.Add("tag");
        if ((await TitlesAsync(client, Encore.Web.Links.User(work.UserName))).Contains(work.Title)) seen.Add("user");
        if ((await TitlesAsync(client, Encore.Web.Links.Series(work.SeriesId))).Contains(work.Title)) seen.Add("series");
        return seen;
    }

    public static async Task<List<string>> TitlesAsync(HttpClient client, string path) =>
        (await PageAsync(client, path))?.Texts(".blurb-title a") ?? [];

    // A listing that is not there for this reader (a series whose every work is hidden) lists nothing.
    private static async Task<AngleSharp.Dom.IDocument?> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return Html.Parse(await response.ReadHtmlAsync());
    }

    private static int Count(AngleSharp.Dom.IDocument doc, string fandom) =>
        doc.QuerySelectorAll(".count-list li").Where(li => li.QuerySelector("a")?.TextContent == fandom)
            .Select(li => int.Parse(li.QuerySelector(".count")!.TextContent.Trim('(', ')'))).FirstOrDefault();
}
