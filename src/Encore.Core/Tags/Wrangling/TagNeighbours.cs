using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

public sealed record TagLink(int Id, string Name, TagType Type);

public sealed record TagCount(TagType Type, int Count);

// What a tag page and the wrangling page show around one tag: its synonyms, the fandoms or media it belongs to, its
// meta tags and sub tags, and the tags that belong to it (a fandom's characters, relationships and additional tags;
// a character's relationships; a media's fandoms). A big fandom has thousands of children, so each type keeps its
// first ChildrenPerType by name and its full count; the tag's children page lists the rest.
public sealed record TagNeighbours(
    IReadOnlyList<TagLink> Synonyms, IReadOnlyList<TagLink> Parents, IReadOnlyList<TagLink> MetaTags,
    IReadOnlyList<TagLink> SubTags, IReadOnlyList<TagLink> Children, int ChildCount, IReadOnlyList<TagCount> ChildCounts)
{
    public const int ChildrenPerType = 50;

    // AO3's order on a tag page; any other type (none today) comes first.
    private static readonly TagType[] ChildOrder = [TagType.Fandom, TagType.Character, TagType.Relationship, TagType.Freeform];

    public static async Task<TagNeighbours> LoadAsync(EncoreDb db, Tag tag, CancellationToken ct = default)
    {
        var synonyms = await db.Tags.Where(t => t.MergerId == tag.Id).OrderBy(t => t.Name)
            .Select(t => new TagLink(t.Id, t.Name, t.Type)).ToListAsync(ct);
        var up = await db.TagParents.Where(p => p.ChildId == tag.Id).OrderBy(p => p.Parent.Name)
            .Select(p => new TagLink(p.ParentId, p.Parent.Name, p.Parent.Type)).ToListAsync(ct);
        var down = db.TagParents.Where(p => p.ParentId == tag.Id);
        // Sub tags are the children of the tag's own type.
        var subTags = await ChildrenOf(db, tag.Id, tag.Type).ToListAsync(ct);
        var others = down.Where(p => p.Child.Type != tag.Type);
        var counts = (await others.GroupBy(p => p.Child.Type).Select(g => new TagCount(g.Key, g.Count())).ToListAsync(ct))
            .OrderBy(c => Array.IndexOf(ChildOrder, c.Type)).ToList();
        var children = new List<TagLink>();
        foreach (var c in counts)
            children.AddRange(await ChildrenOf(db, tag.Id, c.Type).Take(ChildrenPerType).ToListAsync(ct));
        return new TagNeighbours(synonyms, up.Where(p => p.Type != tag.Type).ToList(), up.Where(p => p.Type == tag.Type).ToList(),
            subTags, children, counts.Sum(c => c.Count), counts);
    }

    // Every child of one type, by name: the children page pages through it, and a tag's own type gives its sub tags.
    public static IQueryable<TagLink> ChildrenOf(EncoreDb db, int tagId, TagType type) =>
        db.TagParents.Where(p => p.ParentId == tagId && p.Child.Type == type).OrderBy(p => p.Child.Name).ThenBy(p => p.ChildId)
            .Select(p => new TagLink(p.ChildId, p.Child.Name, p.Child.Type));
}
