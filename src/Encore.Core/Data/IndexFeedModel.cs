using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Data;

// The change feed's table, and the tables whose triggers fill it (the triggers themselves are created by the
// IndexFeed migration, for each provider). Declaring them keeps EF from generating SQL the triggers break: SQLite
// cannot use RETURNING on a table with AFTER triggers.
internal static class IndexFeedModel
{
    // Table → the triggers on it (names as the migration creates them).
    public static readonly (Type Entity, string Table, string[] Triggers)[] Triggered =
    [
        (typeof(Work), "Works", ["IndexFeed_Works_Insert", "IndexFeed_Works_Update", "IndexFeed_Works_Delete"]),
        (typeof(WorkTag), "WorkTags", ["IndexFeed_WorkTags_Insert", "IndexFeed_WorkTags_Update", "IndexFeed_WorkTags_Delete"]),
        (typeof(Creatorship), "Creatorships", ["IndexFeed_Creatorships_Insert", "IndexFeed_Creatorships_Update", "IndexFeed_Creatorships_Delete"]),
        (typeof(WorkSuggestion), "WorkSuggestions", ["IndexFeed_WorkSuggestions_Insert", "IndexFeed_WorkSuggestions_Update", "IndexFeed_WorkSuggestions_Delete"]),
        (typeof(Chapter), "Chapters", ["IndexFeed_Chapters_Insert", "IndexFeed_Chapters_Update", "IndexFeed_Chapters_Delete"]),
        (typeof(Tag), "Tags", ["IndexFeed_Tags_Update", "IndexFeed_Tags_Delete"]),
        (typeof(TagParent), "TagParents", ["IndexFeed_TagParents_Insert", "IndexFeed_TagParents_Update", "IndexFeed_TagParents_Delete"]),
        (typeof(Pseud), "Pseuds", ["IndexFeed_Pseuds_Update"]),
    ];

    public static void Configure(ModelBuilder model, bool sqlite)
    {
        model.Entity<IndexChange>(change =>
        {
            change.ToTable("IndexChanges");
            change.Property(c => c.Kind).HasConversion<int>();
        });
        foreach (var (entity, table, triggers) in Triggered)
            model.Entity(entity).ToTable(table, tb =>
            {
                foreach (var t in triggers) tb.HasTrigger(t);
                if (sqlite) tb.UseSqlReturningClause(false);
            });
    }
}
