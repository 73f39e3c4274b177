using Encore.Community;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Encore.Data;

// The one DbContext. Each database provider has a subclass only so that it can carry its own migrations
// (SqliteEncoreDb, PostgresEncoreDb); services always ask for EncoreDb.
public abstract class EncoreDb(DbContextOptions options) : IdentityDbContext<User>(options)
{
    public DbSet<Work> Works => Set<Work>();
    public DbSet<Chapter> Chapters => Set<Chapter>();
    public DbSet<WorkTag> WorkTags => Set<WorkTag>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<TagParent> TagParents => Set<TagParent>();
    public DbSet<Creatorship> Creatorships => Set<Creatorship>();
    public DbSet<Gift> Gifts => Set<Gift>();
    public DbSet<Pseud> Pseuds => Set<Pseud>();
    public DbSet<Series> Series => Set<Series>();
    public DbSet<SeriesWork> SeriesWorks => Set<SeriesWork>();
    public DbSet<ImportedPost> ImportedPosts => Set<ImportedPost>();
    public DbSet<TagAlias> TagAliases => Set<TagAlias>();
    public DbSet<WorkSuggestion> WorkSuggestions => Set<WorkSuggestion>();
    public DbSet<Mute> Mutes => Set<Mute>();
    public DbSet<BlockedTag> BlockedTags => Set<BlockedTag>();
    public DbSet<Kudos> Kudos => Set<Kudos>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<InboxItem> Inbox => Set<InboxItem>();
    public DbSet<Reading> Readings => Set<Reading>();
    public DbSet<WorkHit> WorkHits => Set<WorkHit>();
    public DbSet<Search.IndexChange> IndexChanges => Set<Search.IndexChange>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every date is UTC in the database and comes back marked as UTC, on both providers.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.ApplyConfigurationsFromAssembly(typeof(EncoreDb).Assembly);
        IndexFeedModel.Configure(model, Database.IsSqlite());
    }
}

public sealed class SqliteEncoreDb(DbContextOptions<SqliteEncoreDb> options) : EncoreDb(options);

public sealed class PostgresEncoreDb(DbContextOptions<PostgresEncoreDb> options) : EncoreDb(options);
