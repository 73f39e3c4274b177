using Encore.Search;
using Encore.Tags;

namespace Encore.Tests.Search;

// The filter rules written the slow, obvious way over the generated rows, independently of the index; with a text
// matcher, WorkQuery.Text too (best match then orders by date updated here: the tests check score order apart).
public sealed class BruteForce(GeneratedArchive a, TextBruteForce? text = null)
{
    private readonly Dictionary<int, GeneratedTag> _tags = a.Tags.ToDictionary(t => t.Id);

    public int Root(int id) => _tags[id].MergerId is { } m ? Root(m) : id;

    // Roots a tag counts under: its root and, through same-type parent links, every meta tag above.
    public HashSet<int> Under(int id)
    {
        var result = new HashSet<int>();
        var todo = new Queue<int>([Root(id)]);
        while (todo.TryDequeue(out var t))
        {
            if (!result.Add(t)) continue;
            foreach (var l in a.Links.Where(l => Root(l.ChildId) == t && _tags[l.ParentId].Type == _tags[l.ChildId].Type)) todo.Enqueue(Root(l.ParentId));
        }
        return result;
    }

    private readonly Dictionary<int, HashSet<int>> _memo = [];
    public HashSet<int> TagsOf(int workId) => _memo.TryGetValue(workId, out var known) ? known
        : _memo[workId] = a.WorkTags.Where(l => l.WorkId == workId).SelectMany(l => Under(l.TagId)).ToHashSet();

    public (int Total, List<int> Page, Dictionary<TagType, List<FacetCount>> Facets) Run(WorkQuery q)
    {
        bool Has(WorkRow w, int tag) => TagsOf(w.Id).Contains(Root(tag));
        List<string> Users(WorkRow w) => a.Creators.Where(c => c.WorkId == w.Id && c.UserId != null).Select(c => c.UserId!).ToList();
        bool Own(WorkRow w) => q.ReaderUserId != null && Users(w).Contains(q.ReaderUserId);
        bool Visible(WorkRow w) => q.ReaderUserId == null ? !w.IsDraft && !w.Restricted && !w.Hidden
            : q.ReaderIsAdmin ? !w.IsDraft || Own(w) : (!w.IsDraft && !w.Hidden) || Own(w);
        // Fandoms that count towards a crossover: a direct fandom that is a meta tag above another direct one does not.
        int Fandoms(WorkRow w)
        {
            var direct = a.WorkTags.Where(l => l.WorkId == w.Id && _tags[l.TagId].Type == TagType.Fandom).Select(l => Root(l.TagId)).ToHashSet();
            return direct.Count(d => !direct.Any(e => e != d && Under(e).Contains(d)));
        }
        var labels = q.BlockedSuggestionNames.Select(n => n.ToLowerInvariant()).ToList();
        var textQuery = string.IsNullOrWhiteSpace(q.Text) ? null : TextQuery.Parse(q.Text);

        var result = a.Works.Where(w =>
            Visible(w)
            && (textQuery == null || text!.Matches(w.Id, textQuery))
            && q.IncludeTagIds.All(t => Has(w, t))
            && !q.ExcludeTagIds.Any(t => Has(w, t))
            && (q.RatingIds.Count == 0 || q.RatingIds.Any(t => Has(w, t)))
            && (q.WarningIds.Count == 0 || q.WarningIds.Any(t => Has(w, t)))
            && (q.CategoryIds.Count == 0 || q.CategoryIds.Any(t => Has(w, t)))
            && (q.Complete == null || w.IsComplete == q.Complete)
            && (q.Crossover == null || (Fandoms(w) > 1) == q.Crossover)
            && (!q.SingleChapter || w.ChapterCount == 1)
            && (q.WordsMin == null || w.WordCount >= q.WordsMin) && (q.WordsMax == null || w.WordCount <= q.WordsMax)
            && (q.UpdatedFrom == null || w.UpdatedAt >= q.UpdatedFrom) && (q.UpdatedTo == null || w.UpdatedAt <= q.UpdatedTo)
            && (q.Language == null || w.Language == q.Language)
            && (q.CreatorUserId == null || Users(w).Contains(q.CreatorUserId))
            && (q.WorkIds == null || q.WorkIds.Contains(w.Id))
            && !Users(w).Any(q.MutedUserIds.Contains)
            && (Own(w) || (!q.BlockedTagIds.Any(t => Has(w, t))
                && !a.Suggestions.Any(s => s.WorkId == w.Id && labels.Contains(s.TagName.ToLowerInvariant())))))
            .ToList();

        string Creator(WorkRow w) => a.Creators.Where(c => c.WorkId == w.Id && !c.IsPending).OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => c.Name.Trim().ToLowerInvariant()).FirstOrDefault() ?? "";
        IComparable Key(WorkRow w) => q.Sort switch
        {
            WorkSort.Creator => new OrdinalString(Creator(w)),
            WorkSort.Title => new OrdinalString(w.Title.Trim().ToLowerInvariant()),
            WorkSort.Posted => w.PublishedAt, WorkSort.Words => w.WordCount, WorkSort.Hits => w.Hits, WorkSort.Kudos => w.Kudos,
            WorkSort.Comments => w.Comments, WorkSort.Bookmarks => w.Bookmarks, _ => w.UpdatedAt,
        };
        var ordered = q.Descending ? result.OrderByDescending(Key).ThenByDescending(w => w.Id) : result.OrderBy(Key).ThenBy(w => w.Id);
        if (q.Sort == WorkSort.Listed && q.WorkIds != null)
        {
            // The list's order, each work at its first place.
            var place = q.WorkIds.Select((id, i) => (id, i)).GroupBy(p => p.id).ToDictionary(g => g.Key, g => g.Min(p => p.i));
            ordered = q.Descending ? result.OrderByDescending(w => place[w.Id]) : result.OrderBy(w => place[w.Id]);
        }
        var page = ordered.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).Select(w => w.Id).ToList();

        var facets = new Dictionary<TagType, List<FacetCount>>();
        var counts = result.SelectMany(w => TagsOf(w.Id)).GroupBy(t => t).Where(g => _tags[g.Key].Canonical);
        foreach (var g in counts)
            (facets.TryGetValue(_tags[g.Key].Type, out var list) ? list : facets[_tags[g.Key].Type] = []).Add(new FacetCount(g.Key, g.Count()));
        foreach (var list in facets.Values) list.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.TagId.CompareTo(y.TagId));
        return (result.Count, page, facets);
    }

    private sealed record OrdinalString(string Value) : IComparable
    {
        public int CompareTo(object? other) => string.CompareOrdinal(Value, ((OrdinalString)other!).Value);
    }
}
