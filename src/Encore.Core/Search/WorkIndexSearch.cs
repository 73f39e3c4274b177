using System.Buffers;
using System.Diagnostics;
using Encore.Tags;

namespace Encore.Search;

public sealed partial class WorkIndex
{
    private static readonly WorkSearchResult Empty = new()
    {
        Total = 0, WorkIds = [], Facets = WorkSearchResult.FacetTypes.ToDictionary(t => t, _ => (IReadOnlyList<FacetCount>)[]),
        AllFacets = _ => [],
    };

    // The full-text index text queries are answered from (IndexHost attaches the node's); WorkQuery.Text without one
    // is a programming error.
    public TextIndex? Text { get; set; }

    public WorkSearchResult Search(WorkQuery q, SearchTimings? timings = null)
    {
        TextMatches? text = null;
        if (!string.IsNullOrWhiteSpace(q.Text))
            text = (Text ?? throw new InvalidOperationException("WorkQuery.Text needs a TextIndex attached to the WorkIndex.")).Match(q.Text);
        WorkSearchResult result;
        _lock.EnterReadLock();
        try { result = SearchLocked(q, text, timings); }
        finally { _lock.ExitReadLock(); }
        return text == null ? result
            : new WorkSearchResult { Total = result.Total, WorkIds = result.WorkIds, Facets = result.Facets, AllFacets = result.AllFacets, Text = text };
    }

    private WorkSearchResult SearchLocked(WorkQuery q, TextMatches? text, SearchTimings? timings)
    {
        var c = _c;
        var t0 = Stopwatch.GetTimestamp();
        timings?.Clear();
        // Resolve tag ids (synonyms to their canonical tag) to postings. An unknown include matches nothing.
        var include = new List<Posting>();
        var supersets = new List<int>();   // slots whose works include all of the result, for facet counting
        foreach (var id in q.IncludeTagIds)
        {
            var p = PostingOf(id);
            if (p == null) return Empty;
            include.Add(p);
            supersets.Add(_tags.SlotOf(id));
        }
        var groups = new List<Posting[]>();
        foreach (var group in new[] { q.RatingIds, q.WarningIds, q.CategoryIds })
        {
            if (group.Count == 0) continue;
            var ps = group.Select(PostingOf).OfType<Posting>().ToArray();
            if (ps.Length == 0) return Empty;
            groups.Add(ps);
            if (ps.Length == 1) supersets.Add(group.Select(_tags.SlotOf).First(s => s >= 0));
        }
        var exclude = q.ExcludeTagIds.Select(PostingOf).OfType<Posting>().ToArray();
        var blocked = q.BlockedTagIds.Select(PostingOf).OfType<Posting>()
            .Concat(q.BlockedSuggestionNames.Select(n => _labelOrdinal.TryGetValue(LabelKey(n), out var l) ? _labelWorks[l] : null).OfType<Posting>())
            .ToArray();
        var creator = -1;
        if (q.CreatorUserId != null && (creator = _userOrdinal.GetValueOrDefault(q.CreatorUserId, -1)) < 0) return Empty;
        var listed = q.WorkIds == null ? null : ListedOrdinals(q.WorkIds);
        var muted = q.MutedUserIds.Select(u => _userOrdinal.GetValueOrDefault(u, -1)).Where(u => u >= 0).ToArray();
        var reader = q.ReaderUserId is { } rid ? _userOrdinal.GetValueOrDefault(rid, -1) : -1;
        var signedIn = q.ReaderUserId != null;
        short language = -1;
        if (q.Language != null && !_languageId.TryGetValue(q.Language, out language)) return Empty;
        var wordsMin = q.WordsMin ?? int.MinValue;
        var wordsMax = q.WordsMax ?? int.MaxValue;
        var from = q.UpdatedFrom?.Ticks ?? long.MinValue;
        var to = q.UpdatedTo?.Ticks ?? long.MaxValue;

        // The result is a bitset built by word-wide algebra: the reader's visibility class (plus their own works),
        // AND each include and each any-of group, AND/ANDNOT the column classes, ANDNOT excludes, muted users and
        // blocked tags (except own works). Only the word-count and date ranges are tested work by work, on survivors.
        var words = (c.Count + 63) >> 6;
        var r = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        var scratch = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        float[]? scores = null;
        try
        {
            CopyBits(!signedIn ? _guestBits : q.ReaderIsAdmin ? _adminBits : _memberBits, r, words);
            var own = reader >= 0 && reader < _userWorks.Count ? _userWorks[reader] : null;
            own?.OrInto(r, words);
            include.Sort((a, b) => a.Count.CompareTo(b.Count));
            foreach (var p in include) p.AndInto(r, words, scratch);
            if (creator >= 0) (creator < _userWorks.Count ? _userWorks[creator] : new Posting()).AndInto(r, words, scratch);
            if (listed != null)
            {
                Array.Clear(scratch, 0, words);
                foreach (var o in listed) scratch[o >> 6] |= 1UL << o;
                AndBits(scratch, r, words, negate: false);
            }
            foreach (var g in groups)
            {
                var any = ArrayPool<ulong>.Shared.Rent(words);
                Array.Clear(any, 0, words);
                foreach (var p in g) p.OrInto(any, words);
                AndBits(any, r, words, negate: false);
                ArrayPool<ulong>.Shared.Return(any);
            }
            if (q.Complete is { } complete) AndBits(_completeBits, r, words, negate: !complete);
            if (q.Crossover is { } crossover) AndBits(_crossoverBits, r, words, negate: !crossover);
            if (q.SingleChapter) AndBits(_singleBits, r, words, negate: false);
            if (language >= 0) AndBits(language < _languageBits.Count ? _languageBits[language] : [], r, words, negate: false);
            foreach (var p in exclude) p.AndNotInto(r, words);
            foreach (var u in muted) if (u < _userWorks.Count) _userWorks[u].AndNotInto(r, words);
            if (blocked.Length > 0)
            {
                Array.Clear(scratch, 0, words);
                foreach (var p in blocked) p.OrInto(scratch, words);
                own?.AndNotInto(scratch, words);
                AndBits(scratch, r, words, negate: true);
            }
            if (text != null)
                scores = ApplyText(text, r, words, scratch, ranked: q.Sort == WorkSort.BestMatch || (q.Sort == WorkSort.Listed && listed == null));
            // Each range reads its own column only (a column is 4-8 MB at a million works, and cold).
            var wordRange = q.WordsMin != null || q.WordsMax != null;
            var dateRange = q.UpdatedFrom != null || q.UpdatedTo != null;
            var ranged = wordRange || dateRange;
            var n = 0;
            for (var w = 0; w < words; w++)
            {
                var bits = r[w];
                if (bits == 0) continue;
                if (ranged)
                {
                    var rest = bits;
                    while (rest != 0)
                    {
                        var o = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(rest);
                        rest &= rest - 1;
                        if (wordRange && (c.Words[o] < wordsMin || c.Words[o] > wordsMax)
                            || dateRange && (c.Updated[o] < from || c.Updated[o] > to)) bits &= ~(1UL << o);
                    }
                    r[w] = bits;
                }
                n += System.Numerics.BitOperations.PopCount(bits);
            }

            var t1 = Stopwatch.GetTimestamp();
            var (top, all) = Facets(r, words, n, !signedIn ? 1 : q.ReaderIsAdmin ? 3 : 2, own, supersets, Math.Max(0, q.FacetsPerType), timings);
            var t2 = Stopwatch.GetTimestamp();
            var size = Math.Max(1, q.PageSize);
            var skip = (long)(Math.Max(1, q.Page) - 1) * size;
            var page = skip >= n ? [] : listed != null && q.Sort == WorkSort.Listed ? ListedPage(r, listed, q.Descending, (int)skip, size)
                : scores != null ? ScoredPage(r, words, n, q.Descending, scores, (int)skip, size)
                : RankedPage(r, words, n, q, (int)skip, size);
            if (timings != null)
            {
                timings.Filter = t1 - t0;
                timings.Facets = t2 - t1 - timings.TopFacets;
                timings.Page = Stopwatch.GetTimestamp() - t2;
            }
            return new WorkSearchResult { Total = n, WorkIds = page, Facets = top, AllFacets = all };
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(r);
            ArrayPool<ulong>.Shared.Return(scratch);
            if (scores != null) ArrayPool<float>.Shared.Return(scores);
        }
    }

    private Posting? PostingOf(int tagId)
    {
        var slot = _tags.SlotOf(tagId);
        return slot >= 0 && slot < _postings.Count ? _postings[slot] : slot >= 0 ? new Posting() : null;
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
