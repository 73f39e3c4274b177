using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Tests.Works;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Feeds;

// One archive shaped for feeds and the catalog, shared read-only by a test class: 36 public works by two pseuds of one
// user (more than a page, distinct update times and kudos, some complete), a synonym and a sub tag of the fandom, a
// medium, a series, an imported author, a work with a hostile title and tags, and one restricted, one draft and one
// hidden work that guests must never meet.
public sealed class CatalogArchive : IAsyncLifetime
{
    public const string Fandom = "Feed Fandom";
    public const string Synonym = "FF Synonym";
    public const string SubFandom = "Feed Fandom Noir";
    public const string Medium = "Radio Plays";
    public const string SeriesTitle = "Feed Series";
    public const string Author = "O'Brien & \"Sons\" 🎭";
    public const string HostileTitle = "Ivy's <b>\"Bold\"</b> & Co 🎭 שלום עולם \u0007end";
    public const string HostileTitleClean = "Ivy's <b>\"Bold\"</b> & Co 🎭 שלום עולם end";
    public static readonly string[] HostileTags = ["Ivy & Karen/Derek \"D\" 🎭", "שלום עולם", "a.b?c#d 'quoted'"];
    public const int PublicByWren = 36;

    public TestArchive Archive { get; private set; } = null!;
    public int Restricted { get; private set; }
    public int Draft { get; private set; }
    public int Hidden { get; private set; }
    public int Hostile { get; private set; }
    public int SeriesId { get; private set; }
    public int RestrictedSeriesId { get; private set; }
    public static readonly string[] SecretTitles = ["Secret Restricted", "Secret Draft", "Secret Hidden"];

    public async Task InitializeAsync()
    {
        Archive = await TestArchive.StartAsync(samples: false);
        var wren = await Archive.CreateUserAsync("wren");
        await Archive.CreateUserAsync("reader");
        await using var db = Archive.OpenDb();
        Assert.Null(await PseudEditing.AddAsync(db, wren.Id, "Lantern"));
        var pseuds = await db.Pseuds.Where(p => p.UserId == wren.Id).ToDictionaryAsync(p => p.Name, p => p.Id);
        var clock = new HandClock(new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc));
        var posting = new WorkPosting(db, clock);

        Task<Work> Post(NewWork work) { clock.Advance(TimeSpan.FromHours(1)); return posting.PostAsync(work); }
        NewWork ByWren(string title, int pseud) => Posting.Work(title) with { ExternalCreators = [], PseudIds = [pseud], Fandoms = [Fandom] };

        for (var i = 1; i <= PublicByWren; i++)
            await Post(ByWren($"Public {i:00}", i % 2 == 0 ? pseuds["wren"] : pseuds["Lantern"]) with
            {
                ExpectedChapters = i % 3 == 0 ? 1 : null,
                SeriesTitle = i <= 2 ? SeriesTitle : null,
                Summary = $"<p>Summary of public work {i}.</p>",
                AdditionalTags = i == 5 ? ["Lighthouses"] : [],
            });
        var twoChapters = await Post(ByWren("Two Chapters", pseuds["wren"]) with
        {
            Chapters = [new() { Content = "<p>First chapter text.</p>", Title = "Opening" }, new() { Content = "<p>Second chapter text.</p>" }],
        });
        Restricted = (await Post(ByWren(SecretTitles[0], pseuds["wren"]) with { Restricted = true, SeriesTitle = "Restricted Series" })).Id;
        Draft = (await Post(ByWren(SecretTitles[1], pseuds["wren"]) with { IsDraft = true })).Id;
        Hidden = (await Post(ByWren(SecretTitles[2], pseuds["wren"]))).Id;
        Assert.Null(await WorkHiding.HideAsync(db, Hidden, "Spam"));
        await Post(ByWren("Synonym Work", pseuds["Lantern"]) with { Fandoms = [Synonym] });
        await Post(ByWren("Sub Fandom Work", pseuds["Lantern"]) with { Fandoms = [SubFandom] });
        await Post(Posting.Work("Imported Work") with { ExternalCreators = [Author], Fandoms = [Fandom] });
        Hostile = (await Post(ByWren(HostileTitle, pseuds["wren"]) with
        {
            Relationships = [HostileTags[0]], AdditionalTags = [HostileTags[1], HostileTags[2]],
            Summary = "<p>Safe & sound <script>alert(1)</script><em>emph</em></p>",
        })).Id;

        // Kudos in an order unlike the update order, so the two sorts can be told apart.
        var ids = await db.Works.OrderBy(w => w.Id).Select(w => w.Id).ToListAsync();
        foreach (var (id, n) in ids.Select((id, n) => (id, n)))
            await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, n * 7 % 11));
        // Two works updated at the same moment: the id must break the tie the same way on every page.
        var tie = await db.Works.Where(w => w.Title == "Public 10").Select(w => w.UpdatedAt).SingleAsync();
        await db.Works.Where(w => w.Title == "Public 11").ExecuteUpdateAsync(s => s.SetProperty(w => w.UpdatedAt, tie));

        var wrangling = new TagWrangling(db);
        Assert.Null(await wrangling.MergeAsync(await TagId(db, Synonym), Fandom));
        Assert.Null(await wrangling.AddParentAsync(await TagId(db, SubFandom), Fandom));
        await new TagCatalog(db).FindOrCreateAsync(TagType.Media, Medium);
        await db.SaveChangesAsync();
        Assert.Null(await wrangling.AddParentAsync(await TagId(db, Fandom), Medium));
        SeriesId = await db.Series.Where(s => s.Title == SeriesTitle).Select(s => s.Id).SingleAsync();
        RestrictedSeriesId = await db.Series.Where(s => s.Title == "Restricted Series").Select(s => s.Id).SingleAsync();
        Assert.True(twoChapters.Id > 0);
    }

    private static Task<int> TagId(EncoreDb db, string name) => db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();

    // What a reader may see, straight from the visibility rules the pages use.
    public async Task<List<int>> VisibleIdsAsync(Reader reader)
    {
        await using var db = Archive.OpenDb();
        return await db.Works.VisibleTo(reader).Select(w => w.Id).ToListAsync();
    }

    public async Task DisposeAsync() => await Archive.DisposeAsync();
}
