using Encore.Community;
using Encore.People;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

// One archive for the filter page tests, with works that differ in every way a filter can tell apart. Tests only
// read it, or change what belongs to their own reader (mutes, blocklist), so they can share it.
//
//                 creator  rating    warning       category  words  chapters      posted      updated     other
//   Alpha Act     writer   Explicit  Major Death   M/M       300    1/1           2020-01-01  2020-01-01  Derek Wills/Ivy Lynn, Angst
//   Bravo Beat    writer   Teen      No Warnings   F/F       600    2/? (WIP)     2021-03-01  2023-05-05  Fluff
//   Charlie Chorus other   General   No Warnings   Gen       100    1/1           2022-06-01  2022-06-01  crossover, Spanish, Fluff
//   Delta Dance   other    Mature    Chose Not     -         1200   1/1           2024-01-01  2024-01-01  restricted, Angst, Fluff
//   Echo Encore   writer   General   Chose Not     -         50     1/1           2024-02-02  2024-02-02  a draft
//   Foxtrot Fade  third    Teen      No Warnings   -         900    1/1           2019-07-07  2019-07-07  Derek/Ivy (a synonym), Sad Ending (under Angst)
public sealed class FilterArchive : IAsyncLifetime
{
    public const string Fandom = "Filter Fandom";
    public const string PagingFandom = "Paging Fandom";
    public const int PagingWorks = 23;

    public TestArchive Archive { get; private set; } = null!;
    public Dictionary<string, int> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        Archive = await TestArchive.StartAsync(samples: false);
        foreach (var name in new[] { "writer", "other", "third", "pager", "member", "muter", "blocker", "collector", "visitor" })
            await Archive.CreateUserAsync(name);
        await using var db = Archive.OpenDb();
        static NewChapter Words(int n, DateTime? at = null) => new() { Content = "<p>" + string.Join(' ', Enumerable.Repeat("word", n)) + "</p>", PublishedAt = at };
        static DateTime Day(int y, int m, int d) => new(y, m, d, 12, 0, 0, DateTimeKind.Utc);
        async Task Post(string user, string title, DateTime posted, Func<NewWork, NewWork> change, params NewChapter[] chapters)
        {
            var pseud = await db.Pseuds.Where(p => p.User.UserName == user && p.IsDefault).Select(p => p.Id).SingleAsync();
            var work = await Posting.PostAsync(db, change(new NewWork
            {
                Title = title, PseudIds = [pseud], Fandoms = [Fandom], PublishedAt = posted, Chapters = chapters, ExpectedChapters = chapters.Length,
            }));
            Ids[title] = work.Id;
        }

        await Post("writer", "Alpha Act", Day(2020, 1, 1), w => w with
        {
            Rating = FixedTags.Explicit, Warnings = [FixedTags.MajorCharacterDeath], Categories = ["M/M"],
            Relationships = ["Derek Wills/Ivy Lynn"], Characters = ["Ivy Lynn", "Derek Wills"], AdditionalTags = ["Angst"],
        }, Words(300));
        await Post("writer", "Bravo Beat", Day(2021, 3, 1), w => w with
        {
            Rating = FixedTags.TeenAndUp, Warnings = [FixedTags.NoWarningsApply], Categories = ["F/F"],
            Characters = ["Ivy Lynn", "Karen Cartwright"], AdditionalTags = ["Fluff"], ExpectedChapters = null,
        }, Words(300), Words(300, Day(2023, 5, 5)));
        await Post("other", "Charlie Chorus", Day(2022, 6, 1), w => w with
        {
            Rating = FixedTags.GeneralAudiences, Warnings = [FixedTags.NoWarningsApply], Categories = ["Gen"],
            Fandoms = [Fandom, "Other Fandom"], Characters = ["Karen Cartwright"], AdditionalTags = ["Fluff"], Language = "es",
        }, Words(100));
        await Post("other", "Delta Dance", Day(2024, 1, 1), w => w with
        {
            Rating = FixedTags.Mature, Characters = ["Derek Wills"], AdditionalTags = ["Angst", "Fluff"], Restricted = true,
        }, Words(1200));
        await Post("writer", "Echo Encore", Day(2024, 2, 2), w => w with { Rating = FixedTags.GeneralAudiences, IsDraft = true }, Words(50));
        await Post("third", "Foxtrot Fade", Day(2019, 7, 7), w => w with
        {
            Rating = FixedTags.TeenAndUp, Warnings = [FixedTags.NoWarningsApply], Relationships = ["Derek/Ivy"], AdditionalTags = ["Sad Ending"],
        }, Words(900));
        for (var i = 1; i <= PagingWorks; i++)
            await Post("pager", $"Page Work {i:00}", Day(2010, 1, i), w => w with { Fandoms = [PagingFandom], Characters = [$"Extra {i:00}"] }, Words(20 + i));

        // Wrangling: "Derek/Ivy" is a synonym of the full name; "Sad Ending" is a sub tag of "Angst".
        var tags = await db.Tags.Where(t => t.Name == "Derek/Ivy" || t.Name == "Derek Wills/Ivy Lynn" || t.Name == "Sad Ending" || t.Name == "Angst")
            .ToDictionaryAsync(t => t.Name);
        tags["Derek/Ivy"].Canonical = false;
        tags["Derek/Ivy"].MergerId = tags["Derek Wills/Ivy Lynn"].Id;
        db.TagParents.Add(new TagParent { ChildId = tags["Sad Ending"].Id, ParentId = tags["Angst"].Id });
        await db.SaveChangesAsync();

        // Responses, set directly: each sort has its own order.
        foreach (var (title, hits, kudos, comments, bookmarks) in new[]
        {
            ("Alpha Act", 40, 5, 2, 0), ("Bravo Beat", 10, 9, 0, 1), ("Charlie Chorus", 30, 1, 3, 0), ("Foxtrot Fade", 20, 0, 1, 2),
        })
            await db.Works.Where(w => w.Id == Ids[title]).ExecuteUpdateAsync(s => s.SetProperty(w => w.Hits, hits)
                .SetProperty(w => w.KudosCount, kudos).SetProperty(w => w.CommentCount, comments).SetProperty(w => w.BookmarkCount, bookmarks));

        // The collector's bookmarks, oldest first: Alpha (public), Charlie (private), Foxtrot (public).
        var collector = await db.Users.Where(u => u.UserName == "collector").Select(u => new { u.Id, Pseud = u.Pseuds.First().Id }).SingleAsync();
        foreach (var (title, days, isPrivate) in new[] { ("Alpha Act", 1, false), ("Charlie Chorus", 2, true), ("Foxtrot Fade", 3, false) })
            db.Bookmarks.Add(new Bookmark
            {
                UserId = collector.Id, PseudId = collector.Pseud, WorkId = Ids[title], IsPrivate = isPrivate,
                CreatedAt = Day(2025, 1, days), UpdatedAt = Day(2025, 1, days),
            });
        await db.SaveChangesAsync();
        await Archive.CatchUpAsync();
    }

    // A reader who has muted "other", and one who has blocked "Angst".
    public async Task<HttpClient> MuterAsync()
    {
        await using var db = Archive.OpenDb();
        var ids = await db.Users.Where(u => u.UserName == "muter" || u.UserName == "other").ToDictionaryAsync(u => u.UserName!, u => u.Id);
        if (!await db.Mutes.AnyAsync(m => m.UserId == ids["muter"]))
        {
            db.Mutes.Add(new Mute { UserId = ids["muter"], MutedUserId = ids["other"], CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        return await Archive.SignInAsync("muter");
    }

    public async Task<HttpClient> BlockerAsync(string name = "blocker", string tag = "Angst")
    {
        await using var db = Archive.OpenDb();
        var userId = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
        var tagId = await db.Tags.Where(t => t.Name == tag).Select(t => t.Id).SingleAsync();
        if (!await db.BlockedTags.AnyAsync(b => b.UserId == userId && b.TagId == tagId))
        {
            db.BlockedTags.Add(new BlockedTag { UserId = userId, TagId = tagId, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        return await Archive.SignInAsync(name);
    }

    public async Task DisposeAsync() => await Archive.DisposeAsync();
}
