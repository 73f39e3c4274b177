using System.Buffers;
using Encore.Tags;

namespace Encore.Search;

public sealed partial class WorkIndex
{
    private static readonly WorkSearchResult Empty = new()
    {
        Total = 0, WorkIds = [], Facets = WorkSearchResult.FacetTypes.ToDictionary(t => t, _ => (IReadOnlyList<FacetCount>)[]),
        AllFacets = _ => [],
    };

    public WorkSearchResult Search(WorkQuery q)
    {
        _lock.EnterReadLock();
        try { return SearchLocked(q); }
        finally { _lock.ExitReadLock(); }
    }

    private WorkSearchResult SearchLocked(WorkQuery q)
    {
        var c = _c;
        // Resolve tag ids (synonyms to their canonical tag) to postings. An unknown include matches nothing.
        var include = new List<Posting>();
        foreach (var id in q.IncludeTagIds)
        {
            var p = PostingOf(id);
            if (p == null) return Empty;
            include.Add(p);
        }
        var groups = new List<Posting[]>();
        foreach (var group in new[] { q.RatingIds, q.WarningIds, q.CategoryIds })
        {
            if (group.Count == 0) continue;
            var ps = group.Select(PostingOf).OfType<Posting>().ToArray();
            if (ps.Length == 0) return Empty;
            groups.Add(ps);
        }
        var exclude = q.ExcludeTagIds.Select(PostingOf).OfType<Posting>().ToArray();
        var blocked = q.BlockedTagIds.Select(PostingOf).OfType<Posting>()
            .Concat(q.BlockedSuggestionNames.Select(n => _labelOrdinal.TryGetValue(LabelKey(n), out var l) ? _labelWorks[l] : null).OfType<Posting>())
            .ToArray();
        var muted = q.MutedUserIds.Select(u => _userOrdinal.GetValueOrDefault(u, -1)).Where(u => u >= 0).ToArray();
        var reader = q.ReaderUserId is { } r ? _userOrdinal.GetValueOrDefault(r, -1) : -1;
        var signedIn = q.ReaderUserId != null;
        short language = -1;
        if (q.Language != null && !_languageId.TryGetValue(q.Language, out language)) return Empty;
        var wordsMin = q.WordsMin ?? int.MinValue;
        var wordsMax = q.WordsMax ?? int.MaxValue;
        var from = q.UpdatedFrom?.Ticks ?? long.MinValue;
        var to = q.UpdatedTo?.Ticks ?? long.MaxValue;

        // Candidates come from the smallest include posting (or every ordinal); everything else is a per-work test.
        include.Sort((a, b) => a.Count.CompareTo(b.Count));
        int[] candidates;
        int candidateCount;
        if (include.Count > 0)
        {
            candidates = ArrayPool<int>.Shared.Rent(Math.Max(1, include[0].Count));
            candidateCount = include[0].CopyTo(candidates);
        }
        else
        {
            candidates = ArrayPool<int>.Shared.Rent(Math.Max(1, c.Count));
            candidateCount = c.Count;
            for (var i = 0; i < candidateCount; i++) candidates[i] = i;
        }

        var n = 0;
        for (var k = 0; k < candidateCount; k++)
        {
            var o = candidates[k];
            var flags = c.Flags[o];
            if ((flags & WorkColumns.Alive) == 0) continue;
            var own = reader >= 0 && c.Users[o] is { } us && Array.IndexOf(us, reader) >= 0;
            if (!signedIn) { if ((flags & (WorkColumns.Draft | WorkColumns.Restricted | WorkColumns.Hidden)) != 0) continue; }
            else if (q.ReaderIsAdmin) { if ((flags & WorkColumns.Draft) != 0 && !own) continue; }
            else if ((flags & (WorkColumns.Draft | WorkColumns.Hidden)) != 0 && !own) continue;
            if (q.Complete is { } complete && ((flags & WorkColumns.Complete) != 0) != complete) continue;
            if (q.Crossover is { } crossover && (c.Fandoms[o] > 1) != crossover) continue;
            if (q.SingleChapter && c.Chapters[o] != 1) continue;
            var words = c.Words[o];
            if (words < wordsMin || words > wordsMax) continue;
            var updated = c.Updated[o];
            if (updated < from || updated > to) continue;
            if (language >= 0 && c.Language[o] != language) continue;
            if (!All(include, 1, o) || !Groups(groups, o) || Any(exclude, o)) continue;
            if (muted.Length > 0 && c.Users[o] is { } users && users.Any(u => Array.IndexOf(muted, u) >= 0)) continue;
            if (blocked.Length > 0 && !own && Any(blocked, o)) continue;
            candidates[n++] = o;
        }

        var facets = CountFacets(candidates, n);
        var page = Page(candidates, n, q);
        ArrayPool<int>.Shared.Return(candidates);
        var top = WorkSearchResult.FacetTypes.ToDictionary(t => t, t => (IReadOnlyList<FacetCount>)facets(t).Take(q.FacetsPerType).ToList());
        return new WorkSearchResult { Total = n, WorkIds = page, Facets = top, AllFacets = facets };
    }

    private Posting? PostingOf(int tagId)
    {
        var slot = _tags.SlotOf(tagId);
        return slot >= 0 && slot < _postings.Count ? _postings[slot] : slot >= 0 ? new Posting() : null;
    }

    private static bool All(List<Posting> postings, int start, int o)
    {
        for (var i = start; i < postings.Count; i++) if (!postings[i].Contains(o)) return false;
        return true;
    }

    private static bool Any(Posting[] postings, int o)
    {
        foreach (var p in postings) if (p.Contains(o)) return true;
        return false;
    }

    private static bool Groups(List<Posting[]> groups, int o)
    {
        foreach (var g in groups) if (!Any(g, o)) return false;
        return true;
    }

    // Exact counts over the whole result: one pass over each matching work's tag slots (meta tags included).
    private Func<TagType, IReadOnlyList<FacetCount>> CountFacets(int[] matches, int n)
    {
        var counts = new int[_tags.SlotCount];
        var slots = _c.Slots;
        for (var k = 0; k < n; k++)
            foreach (var s in slots[matches[k]]) counts[s]++;
        var byType = new Dictionary<TagType, List<FacetCount>>();
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] == 0 || !_tags.IsCanonical(s)) continue;
            var type = _tags.TypeOf(s);
            if (!byType.TryGetValue(type, out var list)) byType[type] = list = [];
            list.Add(new FacetCount(_tags.TagIdOf(s), counts[s]));
        }
        foreach (var list in byType.Values) list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.TagId.CompareTo(b.TagId));
        return type => byType.TryGetValue(type, out var list) ? list : [];
    }

    // Keeps the first page*size works in order with a bounded heap (the worst kept on top), then sorts those.
    private int[] Page(int[] matches, int n, WorkQuery q)
    {
        var size = Math.Max(1, q.PageSize);
        var skip = (long)(Math.Max(1, q.Page) - 1) * size;
        if (skip >= n) return [];
        var keep = (int)Math.Min(n, skip + size);
        var cmp = new OrderComparer(_c, q.Sort, q.Descending);
        var heap = new int[keep];
        var count = 0;
        for (var k = 0; k < n; k++)
        {
            var o = matches[k];
            if (count < keep)
            {
                heap[count] = o;
                SiftUp(heap, count++, cmp);
            }
            else if (cmp.Compare(o, heap[0]) < 0)
            {
                heap[0] = o;
                SiftDown(heap, count, cmp);
            }
        }
        Array.Sort(heap, 0, count, cmp);
        var ids = new int[count - (int)skip];
        for (var i = 0; i < ids.Length; i++) ids[i] = _c.Ids[heap[skip + i]];
        return ids;
    }

    private static void SiftUp(int[] heap, int i, OrderComparer cmp)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (cmp.Compare(heap[i], heap[parent]) <= 0) return;
            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(int[] heap, int count, OrderComparer cmp)
    {
        var i = 0;
        while (true)
        {
            var l = 2 * i + 1;
            if (l >= count) return;
            var worst = l + 1 < count && cmp.Compare(heap[l + 1], heap[l]) > 0 ? l + 1 : l;
            if (cmp.Compare(heap[worst], heap[i]) <= 0) return;
            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    // Order of two ordinals: the sort's value, then (for text sorts) the full lower-cased text, then the work id,
    // all in the chosen direction.
    private sealed class OrderComparer(WorkColumns c, WorkSort sort, bool descending) : IComparer<int>
    {
        private readonly int _sign = descending ? -1 : 1;

        public int Compare(int a, int b)
        {
            var r = sort switch
            {
                WorkSort.Creator => c.CreatorKey[a].CompareTo(c.CreatorKey[b]) is var k && k != 0 ? k : string.CompareOrdinal(c.Creator[a], c.Creator[b]),
                WorkSort.Title => c.TitleKey[a].CompareTo(c.TitleKey[b]) is var t && t != 0 ? t : string.CompareOrdinal(c.Title[a], c.Title[b]),
                WorkSort.Posted => c.Published[a].CompareTo(c.Published[b]),
                WorkSort.Words => c.Words[a].CompareTo(c.Words[b]),
                WorkSort.Hits => c.Hits[a].CompareTo(c.Hits[b]),
                WorkSort.Kudos => c.Kudos[a].CompareTo(c.Kudos[b]),
                WorkSort.Comments => c.Comments[a].CompareTo(c.Comments[b]),
                WorkSort.Bookmarks => c.Bookmarks[a].CompareTo(c.Bookmarks[b]),
                _ => c.Updated[a].CompareTo(c.Updated[b]),   // BestMatch is Updated until full-text ranking exists
            };
            if (r == 0) r = c.Ids[a].CompareTo(c.Ids[b]);
            return Math.Sign(r) * _sign;
        }
    }
}
