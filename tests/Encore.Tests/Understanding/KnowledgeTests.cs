using Encore.Data;
using Encore.Tags;
using Encore.Tests.Support;
using Encore.Understanding;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Understanding;

public class KnowledgeTests
{
    [Fact]
    public void The_shipped_fandom_files_are_valid_and_know_smash()
    {
        var files = ShippedFandoms.Files().Select(f => f.File).ToList();
        var smash = files.Single(f => f.Fandom == "Smash (TV 2012)");
        Assert.True(smash.Characters.Count >= 20);
        foreach (var name in new[] { "Karen Cartwright", "Ivy Lynn", "Derek Wills", "Julia Houston", "Tom Levitt", "Eileen Rand", "Jimmy Collins", "Kyle Bishop", "Rebecca Duvall", "Dev Sundaram", "Sam Strickland", "Michael Swift", "Leo Houston", "Frank Houston", "Ellis Boyd", "Jerry Rand", "Leigh Conroy", "Jessica", "Bobby" })
            Assert.Contains(smash.Characters, c => c.Name == name);
        Assert.Contains(files, f => f.Fandom == "Sherlock Holmes - Arthur Conan Doyle");
        Assert.Contains(files, f => f.Fandom == "Pride and Prejudice - Jane Austen");
    }

    [Fact]
    public async Task A_new_database_knows_the_shipped_fandoms_and_loading_again_changes_nothing()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        var knowledge = await KnowledgeBase.LoadAsync(db);
        var smash = knowledge.Fandoms.Single(f => f.Name == "Smash (TV 2012)");
        Assert.Contains(smash.Characters, c => c.Name == "Karen Cartwright" && c.Names.Contains("Karen"));
        // Tags hold no pronouns; the shipped files supply them.
        Assert.Equal("she", smash.Characters.Single(c => c.Name == "Karen Cartwright").Pronouns);
        Assert.Equal("he", smash.Characters.Single(c => c.Name == "Tom Levitt").Pronouns);

        var before = (await db.Tags.CountAsync(), await db.TagAliases.CountAsync());
        var (tags, aliases) = await FandomLoader.LoadAsync(db, ShippedFandoms.Files().First().File);
        Assert.Equal((0, 0), (tags, aliases));
        Assert.Equal(before, (await db.Tags.CountAsync(), await db.TagAliases.CountAsync()));
    }

    [Fact]
    public async Task A_fandom_file_adds_characters_under_their_fandom_with_aliases()
    {
        using var folder = new TempFolder();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, folder.File("encore.db"));
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        var file = FandomFile.Parse("""
            { "fandom": "Lighthouse Keepers (Web Series)", "media": "Web Series",
              "characters": [ { "name": "Maren Holt", "aliases": ["Maren", "Holt"] } ],
              "relationships": [ { "name": "Maren Holt/Ada Vance", "aliases": ["Maren/Ada"] } ] }
            """);
        var (tags, aliases) = await FandomLoader.LoadAsync(db, file);
        Assert.Equal(4, tags); // fandom, media, character, relationship
        Assert.Equal(3, aliases);
        var maren = await db.Tags.Include(t => t.ParentLinks).ThenInclude(p => p.Parent).SingleAsync(t => t.Name == "Maren Holt");
        Assert.True(maren.Canonical);
        Assert.Equal("Lighthouse Keepers (Web Series)", maren.ParentLinks.Single().Parent.Name);
        var analyzer = new TextAnalyzer(await KnowledgeBase.LoadAsync(db));
        var found = analyzer.Analyze(new AnalysisInput { Text = "Maren climbed the stairs. Holt always climbed them twice.", Fandoms = ["Lighthouse Keepers (Web Series)"] });
        Assert.Contains(found, s => s.Tag == "Maren Holt");
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{ \"characters\": [] }", "needs a \"fandom\"")]
    [InlineData("{ \"fandom\": \"X\", \"relationships\": [ { \"name\": \"Ann and Bob\" } ] }", "needs a '/'")]
    [InlineData("{ \"fandom\": \"Bad*Name\" }", "'*'")]
    [InlineData("{ \"fandom\": \"X\", \"characters\": [ { \"name\": \"Ann\", \"pronouns\": \"her\" } ] }", "write \"he\", \"she\" or \"they\"")]
    public void A_bad_fandom_file_is_refused_with_the_reason(string json, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => FandomFile.Parse(json)).Message);

    [Fact]
    public void The_evaluation_format_is_read_and_checked()
    {
        var items = EvaluationSet.Parse("=== a-1\nfandom: Original Work\nlabels: Violence, Hospitalization\ncharacters:\nrating: Mature\n---\nText one.\n=== a-2\nfandom: Original Work\nlabels:\n---\nText two.\n", "x.txt").ToList();
        Assert.Equal(["Violence", "Hospitalization"], items[0].Labels);
        Assert.Equal("Mature", items[0].Rating);
        Assert.Empty(items[1].Labels);
        Assert.Equal("Text two.", items[1].Text);
        Assert.Throws<FormatException>(() => EvaluationSet.Parse("=== b\nfandom: X\nlabels: Not A Label\n---\nT", "y.txt").ToList());
    }

    [Fact]
    public void Evaluation_counts_true_and_false_positives_and_misses()
    {
        var analyzer = new TextAnalyzer(KnowledgeBase.Shipped());
        var items = new[]
        {
            new EvaluationItem("hit", "f", "Original Work", [ContentLabels.Violence], null, null, "He punched her in the face."),
            new EvaluationItem("miss", "f", "Original Work", [ContentLabels.Depression], null, null, "She sat by the window."),
            new EvaluationItem("false", "f", "Original Work", [], null, null, "He punched him in the jaw."),
        };
        var report = Evaluation.Run(analyzer, items);
        var violence = report.Labels.Single(l => l.Label == ContentLabels.Violence);
        Assert.Equal((1, 1, 0), (violence.TruePositives, violence.FalsePositives, violence.FalseNegatives));
        Assert.Equal(0.5, violence.Precision);
        Assert.Equal(1, report.Labels.Single(l => l.Label == ContentLabels.Depression).FalseNegatives);
    }
}
