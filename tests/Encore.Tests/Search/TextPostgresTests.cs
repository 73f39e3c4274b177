using Encore.Data;
using Encore.Samples;
using Encore.Search;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

// The text index reads the database through EF queries only, so it must work the same on PostgreSQL.
[Collection("postgres")]
public sealed class TextPostgresTests(PostgresServer server)
{
    [Fact]
    public async Task The_sample_archive_is_searchable_refreshable_and_verifies_on_postgres()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        await SampleArchive.LoadIfEmptyAsync(db, TimeProvider.System);
        var index = await TextIndex.BuildAsync(db);
        var work = await db.Works.Where(w => w.Title == "Eight Counts of Quiet").Select(w => w.Id).SingleAsync();

        Assert.Equal([work], index.Match("\"sign-in sheet\" creator:marquee_lights tag:rehearsals title:quiet").WorkIds);
        var snippet = (await Snippets.ForWorksAsync(db, [work], TextQuery.Parse("clipboard"))) [work][0];
        Assert.Contains(snippet.Pieces(), p => p.Marked && p.Text == "clipboard");

        await db.Chapters.Where(c => c.WorkId == work).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, "<p>Rewritten from the top.</p>"));
        await index.RefreshWorkAsync(db, work);
        Assert.Empty(index.Match("clipboard").WorkIds);
        Assert.Equal([work], index.Match("rewritten").WorkIds);
        Assert.Empty(await TextIndexCheck.CompareAsync(index, db));
    }
}
