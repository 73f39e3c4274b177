using Encore.Tags;

namespace Encore.Search;

// How wrangling maps a tag on a work to the tags it counts under. A synonym counts under its canonical tag (the end
// of its MergerId chain, its "root"); a root counts under itself and every meta tag above it, where a TagParent link
// between two tags of the SAME type makes the child a sub tag. Links between types (a character's fandom, a fandom's
// media) are not meta links and do not propagate. Each root gets a dense slot so per-query counting is an array.
public sealed class TagGraph
{
    private readonly Dictionary<int, int[]> _closureById = [];
    private readonly Dictionary<int, int> _rootById = [];
    private readonly Dictionary<int, int> _slotByRoot = [];
    private readonly Dictionary<int, int> _slotById = [];
    private readonly List<int> _slotTag = [];
    private readonly List<TagType> _slotType = [];
    private readonly List<bool> _slotCanonical = [];
    private readonly List<int>[] _canonicalSlotsByType = Enumerable.Range(0, 16).Select(_ => new List<int>()).ToArray();
    private readonly Dictionary<int, TagRow> _rows = [];
    private readonly Dictionary<int, List<int>> _metaParents = [];

    public int SlotCount => _slotTag.Count;
    public int TagIdOf(int slot) => _slotTag[slot];
    public TagType TypeOf(int slot) => _slotType[slot];
    public bool IsCanonical(int slot) => _slotCanonical[slot];
    public bool Knows(int tagId) => _rows.ContainsKey(tagId);

    // The canonical tags' slots of one type (the ones facets list), in slot order.
    public IReadOnlyList<int> CanonicalSlotsOf(TagType type) => (int)type < _canonicalSlotsByType.Length ? _canonicalSlotsByType[(int)type] : [];

    public static TagGraph Build(TagSource source)
    {
        var graph = new TagGraph();
        foreach (var t in source.Tags) graph._rows[t.Id] = t;
        foreach (var l in source.Links) graph.AddLink(l);
        foreach (var t in source.Tags) graph.ClosureOf(t.Id);
        return graph;
    }

    // A tag created after the build (a work posted with a new tag). Adding it cannot change any known tag's
    // closure unless a wrangling change also happened, and those rebuild the graph.
    public void AddTags(TagSource source)
    {
        foreach (var t in source.Tags) _rows.TryAdd(t.Id, t);
        foreach (var l in source.Links) AddLink(l);
        foreach (var t in source.Tags) ClosureOf(t.Id);
    }

    // The slot a tag id (canonical or synonym) filters by; -1 for a tag the index does not know.
    // Read-only, so searches may call it under the read lock; every known tag's slot is filled by Build/AddTags.
    public int SlotOf(int tagId) => _slotById.TryGetValue(tagId, out var s) ? s : -1;

    public int RootOf(int tagId)
    {
        if (_rootById.TryGetValue(tagId, out var root)) return root;
        root = tagId;
        var seen = new HashSet<int> { tagId };
        while (_rows.TryGetValue(root, out var row) && row.MergerId is { } next && _rows.ContainsKey(next) && seen.Add(next)) root = next;
        _rootById[tagId] = root;
        return root;
    }

    // Slots (sorted) of the root of tagId and every meta tag above it.
    public int[] ClosureOf(int tagId)
    {
        if (_closureById.TryGetValue(tagId, out var known)) return known;
        var slots = new SortedSet<int>();
        var stack = new Stack<int>();
        var seen = new HashSet<int>();
        stack.Push(RootOf(tagId));
        while (stack.Count > 0)
        {
            var root = stack.Pop();
            if (!seen.Add(root)) continue;   // wrangling forbids cycles; this keeps a bad row from hanging the build
            slots.Add(SlotForRoot(root));
            if (_metaParents.TryGetValue(root, out var parents)) foreach (var p in parents) stack.Push(p);
        }
        var result = slots.ToArray();
        _closureById[tagId] = result;
        _slotById[tagId] = SlotForRoot(RootOf(tagId));
        return result;
    }

    // How many of these slots (a work's direct fandoms) stand apart: as on AO3, a work tagged with a fandom and its
    // meta tag (Smash (TV 2012) and Smash Universe) is no crossover, so a slot that is a meta tag above another of
    // them does not count.
    public int UnrelatedCount(IReadOnlyCollection<int> slots)
    {
        if (slots.Count < 2) return slots.Count;
        return slots.Count(d => !slots.Any(e => e != d && Array.BinarySearch(ClosureOf(TagIdOf(e)), d) >= 0));
    }

    private void AddLink(TagLinkRow link)
    {
        if (!_rows.TryGetValue(link.ChildId, out var child) || !_rows.TryGetValue(link.ParentId, out var parent)) return;
        if (child.Type != parent.Type) return;
        var childRoot = RootOf(link.ChildId);
        var parentRoot = RootOf(link.ParentId);
        if (childRoot == parentRoot) return;
        if (!_metaParents.TryGetValue(childRoot, out var list)) _metaParents[childRoot] = list = [];
        if (!list.Contains(parentRoot)) list.Add(parentRoot);
    }

    private int SlotForRoot(int root)
    {
        if (_slotByRoot.TryGetValue(root, out var slot)) return slot;
        slot = _slotTag.Count;
        _slotByRoot[root] = slot;
        _slotTag.Add(root);
        var row = _rows.GetValueOrDefault(root);
        _slotType.Add(row?.Type ?? TagType.Freeform);
        _slotCanonical.Add(row?.Canonical ?? false);
        if (row is { Canonical: true } && (int)row.Type < _canonicalSlotsByType.Length) _canonicalSlotsByType[(int)row.Type].Add(slot);
        return slot;
    }
}
