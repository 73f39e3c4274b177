using Encore.Search;

namespace Encore.Tests.IndexUpkeep;

// Refreshed works are not moved in the per-sort rank arrays; they are marked dirty and merged into pages at query
// time, until enough pile up that the ranks are rebuilt. After thousands of random refreshes (values, titles,
// creators, posts, deletes), every sort in both directions must give exactly the pages a fresh build gives: for all
// works, deep pages, and small filtered results (which order members by rank position instead of walking).
public sealed class RefreshOrderTests
{
    [Fact]
    public void Pages_in_every_sort_after_random_refreshes_equal_a_fresh_build()
    {
        var archive = GeneratedArchive.Generate(6000, seed: 21);
        var works = archive.Works.ToDictionary(w => w.Id);
        var tags = archive.WorkTags.GroupBy(t => t.WorkId).ToDictionary(g => g.Key, g => g.ToList());
        var creators = archive.Creators.GroupBy(c => c.WorkId).ToDictionary(g => g.Key, g => g.ToList());
        var index = WorkIndex.Build(archive.TagSource, archive.WorkSource);
        var rng = new Random(3);
        var nextId = works.Keys.Max() + 1;
        var nextCreator = archive.Creators.Max(c => c.Id) + 1;
        string[] words = ["Alpha", "alpha", "Beta", "Ω", "", "Zed", "beta two"];
        var rare = archive.WorkTags.GroupBy(t => t.TagId).Where(g => g.Count() is >= 5 and <= 40).Select(g => g.Key).Take(6).ToArray();
        Assert.NotEmpty(rare);

        WorkSource Source(IEnumerable<int> ids)
        {
            var set = ids.ToHashSet();
            return new WorkSource
            {
                Works = works.Values.Where(w => set.Contains(w.Id)).ToList(),
                WorkTags = set.SelectMany(id => tags.GetValueOrDefault(id) ?? []).ToList(),
                Creators = set.SelectMany(id => creators.GetValueOrDefault(id) ?? []).ToList(),
                Suggestions = archive.Suggestions.Where(s => set.Contains(s.WorkId)).ToList(),
            };
        }

        for (var step = 1; step <= 5000; step++)
        {
            var batch = new List<int>();
            for (var n = rng.Next(1, 4); n > 0; n--)
            {
                var ids = works.Keys.ToArray();
                var id = ids[rng.Next(ids.Length)];
                var w = works[id];
                switch (rng.Next(9))
                {
                    case 0: works[id] = w with { Kudos = rng.Next(0, 20) }; break;
                    case 1: works[id] = w with { Hits = w.Hits + rng.Next(1, 100_000) }; break;
                    case 2: works[id] = w with { Comments = rng.Next(0, 3), Bookmarks = rng.Next(0, 3) }; break;
                    case 3: works[id] = w with { WordCount = rng.Next(0, 50) * 1000 }; break;
                    case 4: works[id] = w with { UpdatedAt = w.UpdatedAt.AddDays(rng.Next(-5000, 5000)), PublishedAt = w.PublishedAt.AddHours(rng.Next(-3, 3) * 6) }; break;
                    case 5: works[id] = w with { Title = $"{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]}".Trim() }; break;
                    case 6:
                        creators[id] = [new CreatorRow(id, nextCreator++, 0, null, words[rng.Next(words.Length)], false)];
                        break;
                    case 7:
                        works.Remove(id);
                        break;
                    default:
                        id = nextId++;
                        works[id] = w with { Id = id, Title = words[rng.Next(words.Length)], Kudos = rng.Next(0, 20) };
                        tags[id] = (tags.GetValueOrDefault(w.Id) ?? []).Select(t => t with { WorkId = id }).ToList();
                        creators[id] = [new CreatorRow(id, nextCreator++, 0, null, words[rng.Next(words.Length)], false)];
                        break;
                }
                batch.Add(id);
            }
            index.Apply(batch, Source(batch));
            if (step % 1250 == 0) AssertSameOrder(index, WorkIndex.Build(archive.TagSource, Source(works.Keys)), rare, step);
        }
    }

    private static void AssertSameOrder(WorkIndex live, WorkIndex fresh, int[] rare, int step)
    {
        Assert.Empty(IndexCheck.Compare(live, fresh));
        var queries = new List<WorkQuery>();
        foreach (var sort in Enum.GetValues<WorkSort>())
            foreach (var descending in new[] { true, false })
            {
                var q = new WorkQuery { Sort = sort, Descending = descending, ReaderUserId = "someone", PageSize = 50 };
                queries.Add(q);
                queries.Add(q with { Page = 2 });
                queries.Add(q with { Page = 61 });
                queries.Add(q with { PageSize = 10_000 });
                foreach (var tag in rare) queries.Add(q with { IncludeTagIds = [tag] });
            }
        foreach (var q in queries)
        {
            var a = live.Search(q);
            var b = fresh.Search(q);
            Assert.True(a.Total == b.Total && a.WorkIds.SequenceEqual(b.WorkIds),
                $"after {step} refreshes, {q.Sort} {(q.Descending ? "desc" : "asc")} page {q.Page} size {q.PageSize} tags [{string.Join(",", q.IncludeTagIds)}]: " +
                $"live [{string.Join(",", a.WorkIds.Take(8))}…] fresh [{string.Join(",", b.WorkIds.Take(8))}…]");
        }
    }
}
