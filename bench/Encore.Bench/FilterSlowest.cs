using Encore.Search;

namespace Encore.Bench;

// The filter benchmark's report of its slowest queries: each query's filter in short, its result size, and where
// the time went (SearchTimings), so the p99 can be traced to a phase rather than guessed at. Each is run again five
// times: the fastest rerun is the query's own cost, and a first time far above it was the machine (another process on
// the core, a garbage collection), not the query.
public static class FilterSlowest
{
    public static void Print(WorkIndex index, IReadOnlyList<WorkQuery> queries, double[] times, SearchTimings[] phases, int[] totals,
        GeneratedArchive archive, int count)
    {
        if (count <= 0) return;
        var tags = archive.Tags.ToDictionary(t => t.Id);
        var uses = archive.WorkTags.GroupBy(l => l.TagId).ToDictionary(g => g.Key, g => g.Count());
        string Tag(int id) => $"{tags[id].Type.ToString()[..3].ToLowerInvariant()}:{id}({uses.GetValueOrDefault(id):N0})";
        Console.WriteLine($"slowest {count} queries (tag type:id(direct uses); times filter / facets / top facets / page):");
        foreach (var i in Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(count))
        {
            var q = queries[i];
            var parts = new List<string> { $"+[{string.Join(" ", q.IncludeTagIds.Select(Tag))}]" };
            if (q.ExcludeTagIds.Count > 0) parts.Add($"-[{string.Join(" ", q.ExcludeTagIds.Select(Tag))}]");
            if (q.RatingIds.Count > 0) parts.Add($"ratings {q.RatingIds.Count}");
            if (q.WarningIds.Count > 0) parts.Add("warning");
            if (q.Complete != null) parts.Add(q.Complete.Value ? "complete" : "in progress");
            if (q.WordsMin != null || q.WordsMax != null) parts.Add($"words {q.WordsMin}..{q.WordsMax}");
            if (q.Language != null) parts.Add(q.Language);
            parts.Add(q.ReaderUserId == null ? "guest" : q.MutedUserIds.Count > 0 ? "member, muted" : "member");
            parts.Add($"{q.Sort} {(q.Descending ? "desc" : "asc")} p{q.Page}");
            var rerun = Enumerable.Range(0, 5).Select(_ =>
            {
                var phase = new SearchTimings();
                var t = System.Diagnostics.Stopwatch.GetTimestamp();
                index.Search(q, phase);
                return (Ms: System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds, Phase: phase);
            }).MinBy(x => x.Ms);
            Console.WriteLine($"  #{i} {times[i]:N2} ms, {totals[i]:N0} works: {phases[i]}; {string.Join(", ", parts)}\n" +
                $"      fastest of 5 reruns {rerun.Ms:N2} ms: {rerun.Phase}");
        }
        var sum = new SearchTimings();
        var slow = Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(Math.Max(1, times.Length / 50)).ToList();
        foreach (var i in slow)
        {
            sum.Filter += phases[i].Filter; sum.Facets += phases[i].Facets;
            sum.TopFacets += phases[i].TopFacets; sum.Page += phases[i].Page;
        }
        Console.WriteLine($"slowest 2% ({slow.Count}) mean: filter {SearchTimings.Ms(sum.Filter) / slow.Count:N2} / facets " +
            $"{SearchTimings.Ms(sum.Facets) / slow.Count:N2} / top {SearchTimings.Ms(sum.TopFacets) / slow.Count:N2} / page " +
            $"{SearchTimings.Ms(sum.Page) / slow.Count:N2} ms; their mean wall time {slow.Average(i => times[i]):N2} ms");
    }
}
