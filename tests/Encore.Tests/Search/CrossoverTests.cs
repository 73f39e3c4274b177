using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Tests.Support;
using static Encore.Tests.Support.TagIds;
using Microsoft.EntityFrameworkCore;
using Posting = Encore.Tests.Support.Posting;

namespace Encore.Tests.Search;

// A crossover joins unrelated fandoms: a fandom with its own meta tag is one fandom's work, as on AO3.
public sealed class CrossoverTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false);
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_fandom_with_its_meta_tag_is_not_a_crossover_but_two_unrelated_fandoms_are()
    {
        await using var db = _archive.OpenDb();
        var meta = (await Posting.PostAsync(db, Posting.Work("Meta") with { Fandoms = ["Smash (TV 2012)", "Smash Universe"] })).Id;
        var deep = (await Posting.PostAsync(db, Posting.Work("Deep") with { Fandoms = ["Smash (TV 2012)", "Broadway Everything"] })).Id;
        var apart = (await Posting.PostAsync(db, Posting.Work("Apart") with { Fandoms = ["Smash (TV 2012)", "Glass Harbor"] })).Id;
        var three = (await Posting.PostAsync(db, Posting.Work("Three") with { Fandoms = ["Smash (TV 2012)", "Smash Universe", "Glass Harbor"] })).Id;
        var wrangling = new TagWrangling(db);
        foreach (var name in new[] { "Smash (TV 2012)", "Smash Universe", "Broadway Everything", "Glass Harbor" })
            Assert.Null(await wrangling.SetCanonicalAsync(await IdAsync(db, name), true));
        // Broadway Everything is two meta tags up: the closure reaches it too.
        Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Smash (TV 2012)"), "Smash Universe"));
        Assert.Null(await wrangling.AddParentAsync(await IdAsync(db, "Smash Universe"), "Broadway Everything"));

        var index = await WorkIndex.BuildAsync(db);
        List<int> Ids(bool crossover) => index.Search(new WorkQuery { Crossover = crossover }).WorkIds.Order().ToList();
        Assert.Equal(new List<int> { apart, three }.Order().ToList(), Ids(true));
        Assert.Equal(new List<int> { meta, deep }.Order().ToList(), Ids(false));
    }
}
