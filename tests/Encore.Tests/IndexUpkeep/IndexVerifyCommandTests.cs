using Encore.Data;
using Encore.Tests.Cli;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.IndexUpkeep;

public sealed class IndexVerifyCommandTests
{
    [Fact]
    public async Task Index_verify_reports_a_match_with_counts_and_fails_when_a_feed_trigger_is_missing()
    {
        using var folder = new TempFolder();
        var path = folder.File("archive.db");
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, path);
        await DatabaseCheck.PrepareAsync(settings);
        await using (var db = DatabaseServices.Open(settings))
        {
            var work = await Support.Posting.PostAsync(db, Support.Posting.Work("Counted") with { AdditionalTags = ["One", "Two"] });
            await db.Works.Where(w => w.Id == work.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, 3));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, output, error) = await CliTests.RunAsync($"index verify --db \"{path}\"");
        Assert.True(code == 0, output + error);
        // Fandom, two additional tags, and the default rating and warning.
        Assert.Contains("index matches the database: 1 works, 5 tag postings", output);

        await using (var db = DatabaseServices.Open(settings))
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"IndexFeed_WorkTags_Insert\"");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        (code, output, _) = await CliTests.RunAsync($"index verify --db \"{path}\"");
        Assert.Equal(1, code);
        Assert.Contains("missing trigger: IndexFeed_WorkTags_Insert", output);
    }
}
