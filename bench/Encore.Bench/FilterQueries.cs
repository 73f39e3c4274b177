using Encore.Search;
using Encore.Tags;

namespace Encore.Bench;

// The fixed, seeded query mix of the filter benchmark, and the tag families the SQL baseline expands includes to.
// Includes come from the tags of a random work (so popular tags come up as often as readers meet them and most
// filters match something), sometimes swapped for a synonym or a meta tag; excludes are drawn by use over all works.
public sealed class FilterQueries
{
    private readonly Dictionary<int, GeneratedTag> _tags;
    private readonly Dictionary<int, int> _root = [];
    private readonly Dictionary<int, List<int>> _idsByRoot = [];       // a root and its synonyms
    private readonly Dictionary<int, List<int>> _subRoots = [];        // same-type sub tags of a root
    private readonly Dictionary<int, List<int>> _metaRoots = [];       // same-type meta tags of a root

    public FilterQueries(GeneratedArchive archive)
    {
        _tags = archive.Tags.ToDictionary(t => t.Id);
        foreach (var t in archive.Tags)
        {
            var root = RootOf(t.Id);
            _root[t.Id] = root;
            (_idsByRoot.TryGetValue(root, out var l) ? l : _idsByRoot[root] = []).Add(t.Id);
        }
        foreach (var link in archive.Links)
        {
            if (_tags[link.ChildId].Type != _tags[link.ParentId].Type) continue;
            var child = _root[link.ChildId];
            var parent = _root[link.ParentId];
            if (child == parent) continue;
            (_subRoots.TryGetValue(parent, out var s) ? s : _subRoots[parent] = []).Add(child);
            (_metaRoots.TryGetValue(child, out var m) ? m : _metaRoots[child] = []).Add(parent);
        }
    }

    // Every tag id that counts under tagId: its root, the root's sub tags at any depth, and all their synonyms.
    public List<int> Family(int tagId)
    {
        var ids = new List<int>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>([_root[tagId]]);
        while (stack.Count > 0)
        {
            var r = stack.Pop();
            if (!seen.Add(r)) continue;
            ids.AddRange(_idsByRoot[r]);
            foreach (var s in _subRoots.GetValueOrDefault(r) ?? []) stack.Push(s);
        }
        return ids;
    }

    public List<WorkQuery> Make(GeneratedArchive archive, int count, int seed)
    {
        var rng = new Random(seed);
        var queries = new List<WorkQuery>();
        int[] Ids(TagType type) => archive.Tags.Where(t => t.Type == type).Select(t => t.Id).ToArray();
        var ratings = Ids(TagType.Rating);
        var warnings = Ids(TagType.ArchiveWarning);
        var filterable = new HashSet<TagType> { TagType.Fandom, TagType.Character, TagType.Relationship, TagType.Freeform };
        var tagsByWork = archive.WorkTags.Where(l => filterable.Contains(_tags[l.TagId].Type)).GroupBy(l => l.WorkId)
            .ToDictionary(g => g.Key, g => g.Select(l => l.TagId).ToArray());
        var workIds = tagsByWork.Keys.Order().ToArray();
        var uses = archive.WorkTags.Where(l => _tags[l.TagId].Type is TagType.Freeform or TagType.Character).Select(l => l.TagId).ToArray();
        var sorts = Enum.GetValues<WorkSort>().Where(s => s != WorkSort.Listed).ToArray();   // Listed needs a list of works
        for (var q = 0; q < count; q++)
        {
            var workTags = tagsByWork[workIds[rng.Next(workIds.Length)]];
            var include = new List<int>();
            for (var i = rng.Next(1, 4); i > 0 && include.Count < workTags.Length; i--)
            {
                var id = workTags[rng.Next(workTags.Length)];
                var r = rng.NextDouble();
                var root = _root[id];
                if (r < 0.15 && _idsByRoot[root].Count > 1) id = _idsByRoot[root][rng.Next(_idsByRoot[root].Count)];
                else if (r < 0.3 && _metaRoots.TryGetValue(root, out var metas)) id = metas[rng.Next(metas.Count)];
                if (!include.Contains(id)) include.Add(id);
            }
            var exclude = new List<int>();
            for (var i = rng.Next(0, 4); i > 0; i--)
            {
                var id = uses[rng.Next(uses.Length)];
                if (!include.Any(x => _root[x] == _root[id]) && !exclude.Contains(id)) exclude.Add(id);
            }
            var signedIn = rng.NextDouble() < 0.5;
            var user = archive.UserIds[rng.Next(archive.UserIds.Count)];
            queries.Add(new WorkQuery
            {
                IncludeTagIds = include,
                ExcludeTagIds = exclude,
                RatingIds = rng.NextDouble() < 0.2 ? ratings.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)).ToList() : [],
                WarningIds = rng.NextDouble() < 0.15 ? [warnings[rng.Next(warnings.Length)]] : [],
                Complete = rng.NextDouble() < 0.2 ? rng.NextDouble() < 0.7 : null,
                WordsMin = rng.NextDouble() < 0.25 ? new[] { 1_000, 5_000, 10_000, 50_000 }[rng.Next(4)] : null,
                WordsMax = rng.NextDouble() < 0.1 ? new[] { 20_000, 100_000 }[rng.Next(2)] : null,
                Language = rng.NextDouble() < 0.05 ? "en" : null,
                ReaderUserId = signedIn ? user : null,
                MutedUserIds = signedIn && rng.NextDouble() < 0.3
                    ? [archive.UserIds[rng.Next(archive.UserIds.Count)], archive.UserIds[rng.Next(Math.Min(50, archive.UserIds.Count))]]
                    : [],
                Sort = sorts[rng.Next(sorts.Length)],
                Descending = rng.NextDouble() < 0.8,
                Page = rng.NextDouble() < 0.5 ? 1 : 50,
            });
        }
        return queries;
    }

    private int RootOf(int id)
    {
        var seen = new HashSet<int> { id };
        while (_tags.TryGetValue(id, out var t) && t.MergerId is { } next && _tags.ContainsKey(next) && seen.Add(next)) id = next;
        return id;
    }
}
