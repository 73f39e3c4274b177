namespace Encore.Search;

// The scopes a work list can have besides tags: a given list of works (a user's bookmarks, a pseud's works), which can
// also set the order (WorkSort.Listed). A creator's works need nothing here: the index keeps each user's works.
public sealed partial class WorkIndex
{
    // The given works' ordinals in the given order, each once (its first place), unknown ids left out.
    private List<int> ListedOrdinals(IReadOnlyList<int> workIds)
    {
        var seen = new HashSet<int>();
        var list = new List<int>(workIds.Count);
        foreach (var id in workIds)
            if (_ordinalById.TryGetValue(id, out var o) && seen.Add(o)) list.Add(o);
        return list;
    }

    private int[] ListedPage(ulong[] r, List<int> listed, bool descending, int skip, int size)
    {
        var page = new List<int>(size);
        var seen = 0;
        for (var i = 0; i < listed.Count && page.Count < size; i++)
        {
            var o = listed[descending ? listed.Count - 1 - i : i];
            if ((r[o >> 6] & (1UL << o)) == 0 || seen++ < skip) continue;
            page.Add(_c.Ids[o]);
        }
        return page.ToArray();
    }
}
