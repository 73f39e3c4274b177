using Encore.Data;
using Encore.Tests.Support;

namespace Encore.Tests.IndexUpkeep;

public sealed class BlocklistAlignmentTests
{
    [Fact]
    public async Task A_blocked_meta_tag_hides_its_sub_tags_works_in_the_query_and_in_the_index()
    {
        using var folder = new TempFolder();
        await BlocklistScenario.RunAsync(new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db")));
    }
}

[Collection("postgres")]
public sealed class PostgresBlocklistAlignmentTests(PostgresServer server)
{
    [Fact]
    public async Task A_blocked_meta_tag_hides_its_sub_tags_works_in_the_query_and_in_the_index_on_postgres()
    {
        await BlocklistScenario.RunAsync(DatabaseSettings.Resolve(await server.CreateDatabaseAsync()));
    }
}
