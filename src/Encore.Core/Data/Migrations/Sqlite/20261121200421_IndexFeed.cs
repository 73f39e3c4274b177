using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Encore.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndexChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkId = table.Column<int>(type: "INTEGER", nullable: true),
                    TagId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Tx = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexChanges", x => x.Id);
                });

            // The search index's change feed: every change to what the index reads adds a row in the same
            // transaction, whether it came from SaveChanges, ExecuteUpdate/ExecuteDelete, a cascade or another program.
            foreach (var table in WorkChildTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_{table}_Insert\" AFTER INSERT ON \"{table}\" BEGIN {Change(1, "NEW.\"WorkId\"", "NULL")} END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_{table}_Update\" AFTER UPDATE ON \"{table}\" BEGIN {Change(1, "NEW.\"WorkId\"", "NULL")} " +
                    $"INSERT INTO \"IndexChanges\" (\"Kind\", \"WorkId\", \"At\") SELECT 1, OLD.\"WorkId\", {Now} WHERE OLD.\"WorkId\" <> NEW.\"WorkId\"; END;");
                migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_{table}_Delete\" AFTER DELETE ON \"{table}\" BEGIN {Change(1, "OLD.\"WorkId\"", "NULL")} END;");
            }
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_Works_Insert\" AFTER INSERT ON \"Works\" BEGIN {Change(1, "NEW.\"Id\"", "NULL")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_Works_Update\" AFTER UPDATE ON \"Works\" BEGIN {Change(1, "NEW.\"Id\"", "NULL")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_Works_Delete\" AFTER DELETE ON \"Works\" BEGIN {Change(1, "OLD.\"Id\"", "NULL")} END;");
            // Wrangling: only the columns that decide which tags a work counts under.
            migrationBuilder.Sql("CREATE TRIGGER \"IndexFeed_Tags_Update\" AFTER UPDATE OF \"Type\", \"Canonical\", \"MergerId\" ON \"Tags\" " +
                "WHEN OLD.\"Type\" IS NOT NEW.\"Type\" OR OLD.\"Canonical\" IS NOT NEW.\"Canonical\" OR OLD.\"MergerId\" IS NOT NEW.\"MergerId\" " +
                $"BEGIN {Change(2, "NULL", "NEW.\"Id\"")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_Tags_Delete\" AFTER DELETE ON \"Tags\" BEGIN {Change(2, "NULL", "OLD.\"Id\"")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_TagParents_Insert\" AFTER INSERT ON \"TagParents\" BEGIN {Change(2, "NULL", "NEW.\"ChildId\"")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_TagParents_Update\" AFTER UPDATE ON \"TagParents\" BEGIN {Change(2, "NULL", "NEW.\"ChildId\"")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_TagParents_Delete\" AFTER DELETE ON \"TagParents\" BEGIN {Change(2, "NULL", "OLD.\"ChildId\"")} END;");
            // A pseud's name is the creator sort key of its works.
            migrationBuilder.Sql("CREATE TRIGGER \"IndexFeed_Pseuds_Update\" AFTER UPDATE OF \"Name\", \"UserId\" ON \"Pseuds\" " +
                "WHEN OLD.\"Name\" IS NOT NEW.\"Name\" OR OLD.\"UserId\" IS NOT NEW.\"UserId\" " +
                $"BEGIN INSERT INTO \"IndexChanges\" (\"Kind\", \"WorkId\", \"At\") SELECT 1, \"WorkId\", {Now} FROM \"Creatorships\" WHERE \"PseudId\" = NEW.\"Id\"; END;");
        }

        private static readonly string[] WorkChildTables = ["WorkTags", "Creatorships", "WorkSuggestions", "Chapters"];

        private const string Now = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

        private static string Change(int kind, string workId, string tagId) =>
            $"INSERT INTO \"IndexChanges\" (\"Kind\", \"WorkId\", \"TagId\", \"At\") VALUES ({kind}, {workId}, {tagId}, {Now});";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in WorkChildTables.Append("Works").Append("TagParents"))
                foreach (var e in new[] { "Insert", "Update", "Delete" })
                    migrationBuilder.Sql($"DROP TRIGGER \"IndexFeed_{table}_{e}\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Tags_Update\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Tags_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Pseuds_Update\";");
            migrationBuilder.DropTable(
                name: "IndexChanges");
        }
    }
}
