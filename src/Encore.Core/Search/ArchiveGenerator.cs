using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Search;

public sealed record GeneratedTag(int Id, TagType Type, string Name, bool Canonical, int? MergerId);

// A synthetic archive shaped like AO3 for the index tests and the filter benchmark: fandom sizes follow a Zipf law,
// about ten tags a work, half of the free tags are synonyms, some tags are sub tags of others, word counts are
// log-normal, ratings and warnings roughly in AO3's proportions, and a share of restricted, draft and hidden works.
// Deterministic for a seed. It produces plain rows (to build an index without a database) and can write them.
public sealed partial class GeneratedArchive
{
    public List<GeneratedTag> Tags { get; } = [];
    public List<TagLinkRow> Links { get; } = [];
    public List<string> UserIds { get; } = [];
    public List<WorkRow> Works { get; } = [];
    public List<WorkTagRow> WorkTags { get; } = [];
    public List<CreatorRow> Creators { get; } = [];
    public List<SuggestionRow> Suggestions { get; } = [];
    public static readonly string[] Labels = ["Suggested Violence", "Suggested Angst", "Suggested Death", "Suggested Fluff"];

    public TagSource TagSource => new() { Tags = Tags.Select(t => new TagRow(t.Id, t.Type, t.Canonical, t.MergerId)).ToList(), Links = Links };
    public WorkSource WorkSource => new() { Works = Works, WorkTags = WorkTags, Creators = Creators, Suggestions = Suggestions };

    public static GeneratedArchive Generate(int works, int seed = 1, IReadOnlyList<GeneratedTag>? fixedTags = null, int firstId = 1)
    {
        var g = new GeneratedArchive();
        var rng = new Random(seed);
        var nextId = firstId;
        if (fixedTags == null)
            foreach (var (type, name) in FixedTags.All) g.Tags.Add(new GeneratedTag(nextId++, type, name, true, null));
        else g.Tags.AddRange(fixedTags);
        int[] Of(TagType t) => g.Tags.Where(x => x.Type == t).Select(x => x.Id).ToArray();
        var ratings = Of(TagType.Rating);
        var warnings = Of(TagType.ArchiveWarning);
        var categories = Of(TagType.Category);

        // Sized so a million works carry about 70,000 tags, about half of them synonyms (the shape).
        var fandomCount = works / 250 + 10;
        var fandoms = g.AddTags(TagType.Fandom, fandomCount, ref nextId, rng, synonymShare: 0.3);
        var characters = g.AddTags(TagType.Character, fandomCount * 3, ref nextId, rng, synonymShare: 0.5);
        var relationships = g.AddTags(TagType.Relationship, fandomCount * 2, ref nextId, rng, synonymShare: 0.5);
        var freeforms = g.AddTags(TagType.Freeform, works / 100 + 50, ref nextId, rng, synonymShare: 0.5);
        // Characters and relationships belong to fandoms (links between types, which do not make sub tags).
        foreach (var c in characters.Canonical.Concat(relationships.Canonical))
            g.Links.Add(new TagLinkRow(c, fandoms.Canonical[rng.Next(fandoms.Canonical.Length)]));

        var users = works / 5 + 5;
        for (var i = 0; i < users; i++) g.UserIds.Add($"user-{seed}-{i}");
        var fandomPick = new Zipf(fandoms.Canonical.Length, 1.0);
        var freeformPick = new Zipf(freeforms.Canonical.Length, 0.9);
        string[] words = ["Love", "Night", "Storm", "Home", "After", "Silver", "the", "Fall", "Light", "Rain", "Echo", "Winter"];
        var start = new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        for (var w = 0; w < works; w++)
        {
            var id = w + 1;
            var published = start.AddDays(rng.Next(0, 4000)).AddHours(rng.Next(0, 3) * 6);
            var updated = rng.NextDouble() < 0.5 ? published : published.AddDays(rng.Next(0, 300));
            var chapters = rng.NextDouble() < 0.5 ? 1 : rng.Next(2, 31);
            var wordCount = (int)Math.Min(500_000, Math.Exp(8.3 + 1.2 * Gaussian(rng)));
            g.Works.Add(new WorkRow(id, $"{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]}", rng.NextDouble() < 0.9 ? "en" : "es",
                published, updated, chapters, rng.NextDouble() < 0.6, wordCount, rng.Next(0, 100_000), rng.Next(0, 5000), rng.Next(0, 500),
                rng.Next(0, 300), rng.NextDouble() < 0.1, rng.NextDouble() < 0.03, rng.NextDouble() < 0.01));
            var tags = new HashSet<int>
            {
                Pick(rng, ratings, [0.05, 0.3, 0.3, 0.15, 0.2]),
                Pick(rng, warnings, [0.25, 0.5, 0.1, 0.07, 0.04, 0.04]),
                categories[rng.Next(categories.Length)],
            };
            if (rng.NextDouble() < 0.15) tags.Add(warnings[rng.Next(warnings.Length)]);
            if (rng.NextDouble() < 0.2) tags.Add(categories[rng.Next(categories.Length)]);
            var fandomCanon = fandoms.Canonical[fandomPick.Next(rng)];
            tags.Add(fandoms.Spelling(fandomCanon, rng));
            if (rng.NextDouble() < 0.1) tags.Add(fandoms.Spelling(fandoms.Canonical[fandomPick.Next(rng)], rng));
            var near = (int)((long)Array.IndexOf(fandoms.Canonical, fandomCanon) * characters.Canonical.Length / fandoms.Canonical.Length);
            for (var i = rng.Next(1, 5); i > 0; i--) tags.Add(characters.Spelling(characters.Canonical[(near + rng.Next(0, 6)) % characters.Canonical.Length], rng));
            for (var i = rng.Next(0, 3); i > 0; i--) tags.Add(relationships.Spelling(relationships.Canonical[(near + rng.Next(0, 4)) % relationships.Canonical.Length], rng));
            for (var i = rng.Next(1, 6); i > 0; i--) tags.Add(freeforms.Spelling(freeforms.Canonical[freeformPick.Next(rng)], rng));
            foreach (var t in tags) g.WorkTags.Add(new WorkTagRow(id, t));

            var creatorCount = rng.NextDouble() < 0.9 ? 1 : 2;
            for (var i = 0; i < creatorCount; i++)
            {
                var external = rng.NextDouble() < 0.05;
                var user = external ? null : g.UserIds[(int)Math.Min(users - 1, users * Math.Pow(rng.NextDouble(), 2))];
                g.Creators.Add(new CreatorRow(id, g.Creators.Count + 1, i, user, external ? $"ext {rng.Next(50)}" : $"Pseud {user}",
                    i > 0 && rng.NextDouble() < 0.3));
            }
            if (rng.NextDouble() < 0.1) g.Suggestions.Add(new SuggestionRow(id, Labels[rng.Next(Labels.Length)]));
        }
        return g;
    }

    // Writes the generated rows into an empty, migrated database with their ids (tags whose ids already exist, the
    // seeded fixed tags, are skipped). For tests and the benchmark's SQL baseline.
    public async Task WriteAsync(EncoreDb db, CancellationToken ct = default)
    {
        var existing = (await db.Tags.Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        foreach (var t in Tags.Where(t => !existing.Contains(t.Id)))
            db.Tags.Add(new Tag { Id = t.Id, Type = t.Type, Name = t.Name, NormalizedName = Tag.Normalize(t.Name), Canonical = t.Canonical, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        foreach (var t in Tags.Where(t => t.MergerId != null && !existing.Contains(t.Id)))
            await db.Tags.Where(x => x.Id == t.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergerId, t.MergerId), ct);
        db.TagParents.AddRange(Links.Select(l => new TagParent { ChildId = l.ChildId, ParentId = l.ParentId }));
        var pseuds = new Dictionary<string, Pseud>();
        foreach (var u in UserIds)
        {
            db.Users.Add(new User { Id = u, UserName = u, NormalizedUserName = u.ToUpperInvariant(), Email = $"{u}@example.org", CreatedAt = now });
            db.Pseuds.Add(pseuds[u] = new Pseud { UserId = u, Name = $"Pseud {u}", IsDefault = true });
        }
        await db.SaveChangesAsync(ct);
        var texts = Texts.ToDictionary(t => t.WorkId);
        foreach (var w in Works)
            db.Works.Add(new Work
            {
                Summary = texts.TryGetValue(w.Id, out var text) ? Html(text.Summary) : null, Notes = text != null ? Html(text.Notes) : null,
                Id = w.Id, Title = w.Title, Language = w.Language, PublishedAt = w.PublishedAt, UpdatedAt = w.UpdatedAt,
                ChapterCount = w.ChapterCount, IsComplete = w.IsComplete, WordCount = w.WordCount, Hits = w.Hits, KudosCount = w.Kudos,
                CommentCount = w.Comments, BookmarkCount = w.Bookmarks, Restricted = w.Restricted, IsDraft = w.IsDraft,
                HiddenReason = w.Hidden ? "generated" : null,
            });
        await db.SaveChangesAsync(ct);
        db.Chapters.AddRange(Texts.SelectMany(t => t.Chapters.Select((c, i) => new Chapter
        {
            WorkId = t.WorkId, Position = i + 1, Title = c.Title, Content = Html(c.Body)!, WordCount = Text.WordCounter.Count(c.Body), PublishedAt = now,
        })));
        db.WorkTags.AddRange(WorkTags.Select(l => new WorkTag { WorkId = l.WorkId, TagId = l.TagId }));
        db.Creatorships.AddRange(Creators.Select(c => new Creatorship
        {
            Id = c.Id, WorkId = c.WorkId, Position = c.Position, PseudId = c.UserId == null ? null : pseuds[c.UserId].Id,
            ExternalName = c.UserId == null ? c.Name : null, IsPending = c.IsPending,
        }));
        db.WorkSuggestions.AddRange(Suggestions.Select(s => new WorkSuggestion
        {
            WorkId = s.WorkId, TagName = s.TagName, Type = TagType.Freeform, Evidence = "[]", Confidence = 0.5, CreatedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private sealed class TagSet(int[] canonical, Dictionary<int, int[]> synonyms)
    {
        public int[] Canonical => canonical;
        public int Spelling(int canonicalId, Random rng) =>
            synonyms.TryGetValue(canonicalId, out var s) && rng.NextDouble() < 0.4 ? s[rng.Next(s.Length)] : canonicalId;
    }

    private TagSet AddTags(TagType type, int canonicalCount, ref int nextId, Random rng, double synonymShare)
    {
        var canonical = new int[canonicalCount];
        for (var i = 0; i < canonicalCount; i++)
        {
            canonical[i] = nextId;
            Tags.Add(new GeneratedTag(nextId++, type, $"{type} {i}", true, null));
            // About 5% are sub tags of an earlier tag of the same type (earlier, so there are no cycles).
            if (i > 0 && rng.NextDouble() < 0.05) Links.Add(new TagLinkRow(canonical[i], canonical[rng.Next(i)]));
        }
        var synonyms = new Dictionary<int, List<int>>();
        var synonymCount = (int)(canonicalCount * synonymShare / (1 - synonymShare));
        for (var i = 0; i < synonymCount; i++)
        {
            var target = canonical[rng.Next(canonicalCount)];
            Tags.Add(new GeneratedTag(nextId, type, $"{type} {i} alias", false, target));
            (synonyms.TryGetValue(target, out var list) ? list : synonyms[target] = []).Add(nextId++);
        }
        return new TagSet(canonical, synonyms.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private static int Pick(Random rng, int[] ids, double[] weights)
    {
        var x = rng.NextDouble() * weights.Take(ids.Length).Sum();
        for (var i = 0; i < ids.Length; i++) if ((x -= weights[Math.Min(i, weights.Length - 1)]) <= 0) return ids[i];
        return ids[^1];
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    internal sealed class Zipf
    {
        private readonly double[] _cumulative;
        public Zipf(int n, double s)
        {
            _cumulative = new double[n];
            double sum = 0;
            for (var k = 0; k < n; k++) _cumulative[k] = sum += 1 / Math.Pow(k + 1, s);
        }
        public int Next(Random rng)
        {
            var i = Array.BinarySearch(_cumulative, rng.NextDouble() * _cumulative[^1]);
            return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
        }
    }
}
