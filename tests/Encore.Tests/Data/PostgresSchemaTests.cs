using Encore.Data;
using Encore.Samples;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Data;

// The schema is designed for PostgreSQL as well as SQLite from the first migration: the same migrations-at-start,
// the same sample archive and the same queries must work on a real PostgreSQL server.
[Collection("postgres")]
public sealed class PostgresSchemaTests(PostgresServer server)
{
    [Fact]
    public async Task Migrations_samples_and_reading_queries_work_on_postgres()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        await DatabaseCheck.PrepareAsync(settings);

        await using var db = DatabaseServices.Open(settings);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(6, await SampleArchive.LoadIfEmptyAsync(db, TimeProvider.System));

        // New tags get ids past the seeded fixed tags (the identity sequence was moved on by the migration).
        Assert.True(await db.Tags.Where(t => t.Name == "Ivy Lynn").Select(t => t.Id).SingleAsync() > 17);
        var work = await db.Works.SingleAsync(w => w.Title == "Eight Counts of Quiet");
        var loaded = await WorkReading.LoadAsync(db, work.Id, Encore.People.Reader.Guest);
        Assert.Equal(3, loaded!.Chapters.Count);
        Assert.Equal(DateTimeKind.Utc, loaded.PublishedAt.Kind);
        // The search index reads its whole source from PostgreSQL too; the fandom list joins its counts with tag rows.
        var index = await Encore.Search.WorkIndex.BuildAsync(db);
        var fandoms = await Encore.Tags.FandomCount.LoadAsync(db, index, Encore.People.Reader.Guest);
        Assert.Equal(3, fandoms.Single(f => f.Name == "Smash (TV 2012)").Works);
    }

    [Fact]
    public async Task Tag_names_are_unique_regardless_of_case_on_postgres_too()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        await Posting.PostAsync(db, Posting.Work("One") with { AdditionalTags = ["Angst"] });
        await Posting.PostAsync(db, Posting.Work("Two") with { AdditionalTags = ["ANGST"] });
        Assert.Equal(1, await db.Tags.CountAsync(t => t.NormalizedName == "angst"));
    }
}
