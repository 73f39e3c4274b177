namespace Encore.Search;

public sealed partial class WorkIndex
{
    // Works per (group, tag) pair over every work the index holds, drafts and hidden ones included (as the tag
    // tables hold them), read from the tags as posted, not their closures: groupOf maps a raw tag to its group (a
    // fandom tag to its canonical fandom), counted says which raw tags are counted. A work counts once per pair, even
    // when it carries a fandom and its synonym. Wrangling pages use this instead of joining the work-tag table with
    // itself, which took seconds at 100,000 works; here it is one pass over the works' raw tag lists.
    public Dictionary<(int Group, int Tag), int> CountTagPairs(IReadOnlyDictionary<int, int> groupOf, IReadOnlySet<int> counted, int? onlyGroup = null)
    {
        var pairs = new Dictionary<(int, int), int>();
        var groups = new List<int>(4);
        var tags = new List<int>(8);
        _lock.EnterReadLock();
        try
        {
            for (var o = 0; o < _c.Count; o++)
            {
                if ((_c.Flags[o] & WorkColumns.Alive) == 0) continue;
                groups.Clear();
                tags.Clear();
                foreach (var t in _c.RawTags[o])
                {
                    if (groupOf.TryGetValue(t, out var g) && (onlyGroup == null || g == onlyGroup) && !groups.Contains(g)) groups.Add(g);
                    if (counted.Contains(t)) tags.Add(t);
                }
                if (groups.Count == 0 || tags.Count == 0) continue;
                foreach (var g in groups)
                    foreach (var t in tags)
                        pairs[(g, t)] = pairs.GetValueOrDefault((g, t)) + 1;
            }
        }
        finally { _lock.ExitReadLock(); }
        return pairs;
    }
}
