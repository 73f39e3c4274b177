using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Encore.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    WorkId = table.Column<int>(type: "integer", nullable: true),
                    TagId = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tx = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexChanges", x => x.Id);
                });

            // The search index's change feed: every change to what the index reads adds a row in the same
            // transaction, whether it came from SaveChanges, ExecuteUpdate/ExecuteDelete, a cascade or another program.
            // Tx records the writing transaction, so readers can wait for lower ids still uncommitted (IndexFeed).
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "IndexFeed_Work"() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    IF TG_OP = 'DELETE' THEN {{Change(1, "OLD.\"Id\"", "NULL")}}
                    ELSE {{Change(1, "NEW.\"Id\"", "NULL")}}
                    END IF;
                    RETURN NULL;
                END $f$;
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "IndexFeed_WorkChild"() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN {{Change(1, "OLD.\"WorkId\"", "NULL")}} END IF;
                    IF TG_OP = 'INSERT' THEN {{Change(1, "NEW.\"WorkId\"", "NULL")}}
                    ELSIF TG_OP = 'UPDATE' THEN
                        IF NEW."WorkId" IS DISTINCT FROM OLD."WorkId" THEN {{Change(1, "NEW.\"WorkId\"", "NULL")}} END IF;
                    END IF;
                    RETURN NULL;
                END $f$;
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "IndexFeed_Tag"() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    IF TG_OP = 'DELETE' THEN {{Change(2, "NULL", "OLD.\"Id\"")}}
                    ELSE {{Change(2, "NULL", "NEW.\"Id\"")}}
                    END IF;
                    RETURN NULL;
                END $f$;
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "IndexFeed_TagParent"() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    IF TG_OP = 'DELETE' THEN {{Change(2, "NULL", "OLD.\"ChildId\"")}}
                    ELSE {{Change(2, "NULL", "NEW.\"ChildId\"")}}
                    END IF;
                    RETURN NULL;
                END $f$;
                """);
            // A pseud's name is the creator sort key of its works.
            migrationBuilder.Sql("""
                CREATE FUNCTION "IndexFeed_Pseud"() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    INSERT INTO "IndexChanges" ("Kind", "WorkId", "At", "Tx")
                    SELECT 1, "WorkId", now(), pg_current_xact_id()::text::bigint FROM "Creatorships" WHERE "PseudId" = NEW."Id";
                    RETURN NULL;
                END $f$;
                """);

            foreach (var e in Events)
                migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_Works_{e}\" AFTER {e.ToUpperInvariant()} ON \"Works\" FOR EACH ROW EXECUTE FUNCTION \"IndexFeed_Work\"();");
            foreach (var table in WorkChildTables)
                foreach (var e in Events)
                    migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_{table}_{e}\" AFTER {e.ToUpperInvariant()} ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION \"IndexFeed_WorkChild\"();");
            // Wrangling: only the columns that decide which tags a work counts under.
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndexFeed_Tags_Update" AFTER UPDATE OF "Type", "Canonical", "MergerId" ON "Tags" FOR EACH ROW
                WHEN (OLD."Type" IS DISTINCT FROM NEW."Type" OR OLD."Canonical" IS DISTINCT FROM NEW."Canonical" OR OLD."MergerId" IS DISTINCT FROM NEW."MergerId")
                EXECUTE FUNCTION "IndexFeed_Tag"();
                """);
            migrationBuilder.Sql("CREATE TRIGGER \"IndexFeed_Tags_Delete\" AFTER DELETE ON \"Tags\" FOR EACH ROW EXECUTE FUNCTION \"IndexFeed_Tag\"();");
            foreach (var e in Events)
                migrationBuilder.Sql($"CREATE TRIGGER \"IndexFeed_TagParents_{e}\" AFTER {e.ToUpperInvariant()} ON \"TagParents\" FOR EACH ROW EXECUTE FUNCTION \"IndexFeed_TagParent\"();");
            migrationBuilder.Sql("""
                CREATE TRIGGER "IndexFeed_Pseuds_Update" AFTER UPDATE OF "Name", "UserId" ON "Pseuds" FOR EACH ROW
                WHEN (OLD."Name" IS DISTINCT FROM NEW."Name" OR OLD."UserId" IS DISTINCT FROM NEW."UserId")
                EXECUTE FUNCTION "IndexFeed_Pseud"();
                """);
        }

        private static readonly string[] WorkChildTables = ["WorkTags", "Creatorships", "WorkSuggestions", "Chapters"];
        private static readonly string[] Events = ["Insert", "Update", "Delete"];

        private static string Change(int kind, string workId, string tagId) =>
            $"INSERT INTO \"IndexChanges\" (\"Kind\", \"WorkId\", \"TagId\", \"At\", \"Tx\") VALUES ({kind}, {workId}, {tagId}, now(), pg_current_xact_id()::text::bigint);";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in WorkChildTables.Append("Works").Append("TagParents"))
                foreach (var e in Events)
                    migrationBuilder.Sql($"DROP TRIGGER \"IndexFeed_{table}_{e}\" ON \"{table}\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Tags_Update\" ON \"Tags\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Tags_Delete\" ON \"Tags\";");
            migrationBuilder.Sql("DROP TRIGGER \"IndexFeed_Pseuds_Update\" ON \"Pseuds\";");
            foreach (var f in new[] { "Work", "WorkChild", "Tag", "TagParent", "Pseud" })
                migrationBuilder.Sql($"DROP FUNCTION \"IndexFeed_{f}\"();");
            migrationBuilder.DropTable(
                name: "IndexChanges");
        }
    }
}
