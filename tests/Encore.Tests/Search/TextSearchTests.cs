using Encore.Data;
using Encore.Search;

namespace Encore.Tests.Search;

public sealed class TextSearchTests
{
    // Text queries from what the archive holds: words (as written, capitals and accents included), phrases cut from
    // a work's text, prefixes, field terms, OR, exclusions, and now and then something malformed.
    private static string RandomText(Random rng, GeneratedArchive archive, TextBruteForce brute)
    {
        string Word() => GeneratedArchive.TextWords[rng.Next(GeneratedArchive.TextWords.Length)];
        string Quote(IEnumerable<string> words) => "\"" + string.Join(' ', words) + "\"";
        string Phrase(TextField field)
        {
            var work = archive.Works[rng.Next(archive.Works.Count)].Id;
            var values = brute.Values(work, field).ToList();
            if (values.Count == 0) return Word();
            var tokens = values[rng.Next(values.Count)];
            var n = Math.Min(tokens.Count, rng.Next(2, 4));
            var at = rng.Next(tokens.Count - n + 1);
            return Quote(tokens.Skip(at).Take(n));
        }
        string Item() => rng.Next(12) switch
        {
            0 or 1 or 2 => Word(),
            3 or 4 => Phrase(rng.Next(4) == 0 ? TextField.Summary : TextField.Body),
            5 => TextTokens.Words(Word())[0] is var w && w.Length >= 2 ? w[..rng.Next(2, Math.Min(w.Length, 5) + 1)] + "*" : Word(),
            6 => "title:" + TextTokens.Words(archive.Works[rng.Next(archive.Works.Count)].Title)[rng.Next(2)],
            7 => "creator:" + Phrase(TextField.Creator),
            8 => "tag:" + Phrase(TextField.Tag),
            9 => new[] { "summary:", "notes:", "body:" }[rng.Next(3)] + (rng.Next(2) == 0 ? Word().Replace(" ", "") : Phrase(TextField.Body)),
            10 => Word() + " OR " + Word(),
            _ => new[] { "\"unclosed " + Word(), "- " + Word(), "*", "title:", Word() + "-" }[rng.Next(5)],
        };
        var parts = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => Item()).ToList();
        for (var i = rng.Next(0, 5) - 2; i > 0; i--) parts.Add("-" + (rng.Next(3) == 0 ? Phrase(TextField.Body) : Word()));
        if (rng.Next(15) == 0) parts = ["-" + Word()];
        return string.Join(' ', parts);
    }

    [Fact]
    public async Task Random_text_queries_with_filters_match_a_brute_force_evaluation()
    {
        var (folder, settings, archive) = await WorkIndexTests.ArchiveAsync(1500, seed: 21, text: true);
        using var _ = folder;
        await using var db = DatabaseServices.Open(settings);
        var index = await WorkIndex.BuildAsync(db);
        index.Text = await TextIndex.BuildAsync(db);
        var text = new TextBruteForce(archive);
        var brute = new BruteForce(archive, text);
        var queries = new RandomQueries(archive, 13);
        var rng = new Random(17);

        var nonEmpty = 0;
        var ranked = 0;
        for (var i = 0; i < 400; i++)
        {
            var filters = queries.Next(filters: 0.3);
            var q = (rng.Next(3) == 0 ? new WorkQuery { Sort = filters.Sort, Descending = filters.Descending, Page = filters.Page } : filters)
                with { Text = RandomText(rng, archive, text) };
            if (rng.Next(2) == 0) q = q with { Sort = WorkSort.BestMatch, Page = rng.Next(4) == 0 ? 2 : 1 };
            var expected = brute.Run(q);
            var actual = index.Search(q);
            Assert.True(expected.Total == actual.Total, $"query {i}: total {actual.Total}, expected {expected.Total}: {q.Text} / {q}");
            Assert.NotNull(actual.Text);
            // Listed without a list of works falls back to best match.
            if (!actual.Text.HasRequired || !(q.Sort == WorkSort.BestMatch || (q.Sort == WorkSort.Listed && q.WorkIds == null)))
            {
                Assert.Equal(expected.Page, actual.WorkIds);
                continue;
            }
            // Best match: the page is the expected works in the index's score order (ties by id, both descending by
            // default), which tests how filters and scores combine; how scores rank is tested on its own below.
            var score = actual.Text.WorkIds.Zip(actual.Text.Scores).ToDictionary(p => p.First, p => p.Second);
            var all = brute.Run(q with { Page = 1, PageSize = 100_000 }).Page;
            var sign = q.Descending ? -1 : 1;
            all.Sort((a, b) => sign * (score[a] != score[b] ? score[a].CompareTo(score[b]) : a.CompareTo(b)));
            Assert.Equal(all.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize), actual.WorkIds);
            if (actual.Total > 1) ranked++;
            if (expected.Total > 0) nonEmpty++;
        }
        Assert.True(nonEmpty > 60, $"only {nonEmpty} ranked queries matched anything");
        Assert.True(ranked > 40, $"only {ranked} ranked queries had more than one result");
    }

    private static TextIndex Index(params WorkText[] texts) =>
        TextIndex.Build(texts.Concat(Enumerable.Range(100, 40).Select(i => new WorkText(i).Add(TextField.Title, $"Filler {i}")
            .Add(TextField.Body, "Nothing much happens here, a quiet afternoon with tea and rain."))));

    private static List<int> Ranked(TextIndex index, string query)
    {
        var m = index.Match(query);
        return m.WorkIds.Zip(m.Scores).OrderByDescending(p => p.Second).ThenBy(p => p.First).Select(p => p.First).ToList();
    }

    [Fact]
    public void A_title_match_outranks_tags_which_outrank_the_summary_which_outranks_the_story_and_more_mentions_rank_higher()
    {
        var index = Index(
            new WorkText(1).Add(TextField.Body, "The lighthouse stood there. Later, the lighthouse again."),
            new WorkText(2).Add(TextField.Title, "The Lighthouse").Add(TextField.Body, "A story about the sea."),
            new WorkText(3).Add(TextField.Tag, "Lighthouses").Add(TextField.Tag, "Lighthouse").Add(TextField.Body, "Waves."),
            new WorkText(4).Add(TextField.Summary, "A lighthouse keeper and a gull.").Add(TextField.Body, "Gulls."),
            new WorkText(5).Add(TextField.Body, "Once, far off, a lighthouse blinked. " + string.Join(' ', Enumerable.Repeat("sea", 200))));
        Assert.Equal([2, 3, 4, 1, 5], Ranked(index, "lighthouse"));
        Assert.Equal([1, 5], Ranked(index, "body:lighthouse"));
        Assert.Equal([2], Ranked(index, "title:lighthouse"));
        Assert.Equal([3], Ranked(index, "tag:lighthouse -title:lighthouse -summary:lighthouse -body:lighthouse"));
    }

    [Fact]
    public void Phrases_prefixes_exclusions_or_and_other_scripts()
    {
        var index = Index(
            new WorkText(1).Add(TextField.Title, "Derek Wills").Add(TextField.Body, "Ivy's song was well-known. 私は東京に行く。"),
            new WorkText(2).Add(TextField.Creator, "Wills Derek").Add(TextField.Body, "Derek met Ivy; wills were read. Café au lait."),
            new WorkText(3).Add(TextField.Tag, "Derek Wills/Ivy Lynn").Add(TextField.Body, "Starlight and stardust, staring."));
        Assert.Equal([1, 3], Ranked(index, "\"derek wills\"").Order());
        Assert.Equal([2], Ranked(index, "creator:derek"));
        Assert.Equal([3], Ranked(index, "\"wills ivy\""));          // within one tag value
        Assert.Empty(Ranked(index, "\"derek wills ivy lynn\"" + " title:derek"));
        Assert.Equal([1], Ranked(index, "\"well known\" ivy"));
        Assert.Equal([1], Ranked(index, "well-known"));
        Assert.Equal([1], Ranked(index, "東京"));
        Assert.Empty(Ranked(index, "京東"));
        Assert.Equal([2], Ranked(index, "CAFE"));
        Assert.Equal([3], Ranked(index, "star*"));
        Assert.Equal([1, 3], Ranked(index, "derek -creator:derek").Order());
        Assert.Equal([1, 2], Ranked(index, "song OR met").Order());
        var onlyExcluded = index.Match("-derek");
        Assert.False(onlyExcluded.HasRequired);
        Assert.Equal([1, 2, 3], onlyExcluded.WorkIds.Order());
        Assert.Empty(Ranked(index, "unknownword ivy"));
    }

    [Fact]
    public void A_prefix_matching_many_words_searches_the_commonest_and_says_so()
    {
        var texts = Enumerable.Range(1, 100).Select(i => new WorkText(i).Add(TextField.Body, $"word{i} " + string.Join(' ', Enumerable.Repeat("word1", i == 1 ? 5 : 0)))).ToArray();
        var m = TextIndex.Build(texts).Match("word*");
        Assert.Contains(m.Notes, n => n.Contains($"the {TextIndex.MaxExpansions} most common"));
        Assert.Equal(TextIndex.MaxExpansions, m.WorkIds.Length);
    }

    [Fact]
    public void A_query_that_would_read_too_much_leaves_out_its_costliest_parts_and_says_so()
    {
        var index = Index(new WorkText(1).Add(TextField.Body, "rain rain rain and tea"), new WorkText(2).Add(TextField.Body, "tea"));
        index.Budget = 60;   // bytes: less than any one word here; the cheapest part is searched all the same
        var m = index.Match("tea \"a quiet afternoon\" -nothing");
        Assert.Contains(m.Notes, n => n.Contains("“a quiet afternoon” was left out"));
        Assert.Contains(m.Notes, n => n.Contains("“-nothing” was left out"));
        Assert.Equal(42, m.WorkIds.Length);
    }

    // Works written with a handful of words, so most words are dense enough to be stored as bitmaps, and random
    // words, phrases, prefixes and field terms checked against the brute force; then the same after edits, deletes
    // and a compaction.
    [Fact]
    public void Dense_words_stored_as_bitmaps_match_like_any_other()
    {
        var rng = new Random(4);
        string[] words = ["the", "cat", "sat", "on", "mat", "and", "dog", "ran", "far", "Ivy"];
        string Text(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[rng.Next(rng.Next(2) == 0 ? 3 : words.Length)]));
        WorkText Work(int id) => new WorkText(id).Add(TextField.Title, Text(rng.Next(1, 4))).Add(TextField.Tag, Text(2)).Add(TextField.Tag, Text(1))
            .Add(TextField.Summary, rng.Next(2) == 0 ? Text(20) : null).Add(TextField.Body, Text(rng.Next(50, 900))).Add(TextField.Body, Text(rng.Next(0, 300)));
        var works = Enumerable.Range(1, 120).ToDictionary(id => id, Work);
        var index = TextIndex.Build(works.Values);
        string Query()
        {
            string W() => words[rng.Next(words.Length)];
            return rng.Next(7) switch
            {
                0 => W(),
                1 or 2 => $"\"{W()} {W()}\"",
                3 => $"\"{W()} {W()} {W()}\" -{W()}",
                4 => $"{new[] { "title", "tag", "summary", "body" }[rng.Next(4)]}:\"{W()} {W()}\"",
                5 => $"{W()[..2]}* \"{W()} the\"",
                _ => $"\"the {W()}\" OR \"{W()} and {W()}\"",
            };
        }
        void Check(int round)
        {
            var brute = new TextBruteForce(works.Values);
            for (var i = 0; i < 150; i++)
            {
                var q = Query();
                var parsed = TextQuery.Parse(q);
                var expected = works.Keys.Where(id => brute.Matches(id, parsed)).Order();
                Assert.True(expected.SequenceEqual(index.Match(q).WorkIds.Order()), $"round {round}, query {q}");
            }
        }
        Check(0);
        for (var i = 0; i < 150; i++)
        {
            var id = rng.Next(1, 160);
            if (rng.Next(4) == 0) { works.Remove(id); index.Refresh(id, null); }
            else { works[id] = Work(id); index.Refresh(id, works[id]); }
        }
        Check(1);
        index.Compact();
        Check(2);
        Assert.Empty(TextIndexCheck.Compare(index, TextIndex.Build(works.Values)));
    }
}
