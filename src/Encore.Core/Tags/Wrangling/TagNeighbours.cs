using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

public sealed record TagLink(int Id, string Name, TagType Type);

// What a tag page and the wrangling page show around one tag: its synonyms, the fandoms or media it belongs to, its
// meta tags and sub tags, and (for fandoms and media) the tags that belong to it.
public sealed record TagNeighbours(
    IReadOnlyList<TagLink> Synonyms, IReadOnlyList<TagLink> Parents, IReadOnlyList<TagLink> MetaTags,
    IReadOnlyList<TagLink> SubTags, IReadOnlyList<TagLink> Children, int ChildCount)
{
    public const int MaxChildren = 200;

    public static async Task<TagNeighbours> LoadAsync(EncoreDb db, Tag tag, CancellationToken ct = default)
    {
        var synonyms = await db.Tags.Where(t => t.MergerId == tag.Id).OrderBy(t => t.Name)
            .Select(t => new TagLink(t.Id, t.Name, t.Type)).ToListAsync(ct);
        var up = await db.TagParents.Where(p => p.ChildId == tag.Id).OrderBy(p => p.Parent.Name)
            .Select(p => new TagLink(p.ParentId, p.Parent.Name, p.Parent.Type)).ToListAsync(ct);
        var down = db.TagParents.Where(p => p.ParentId == tag.Id);
        var subTags = await down.Where(p => p.Child.Type == tag.Type).OrderBy(p => p.Child.Name)
            .Select(p => new TagLink(p.ChildId, p.Child.Name, p.Child.Type)).ToListAsync(ct);
        var others = down.Where(p => p.Child.Type != tag.Type);
        var children = await others.OrderBy(p => p.Child.Type).ThenBy(p => p.Child.Name).Take(MaxChildren)
            .Select(p => new TagLink(p.ChildId, p.Child.Name, p.Child.Type)).ToListAsync(ct);
        return new TagNeighbours(synonyms, up.Where(p => p.Type != tag.Type).ToList(), up.Where(p => p.Type == tag.Type).ToList(),
            subTags, children, children.Count < MaxChildren ? children.Count : await others.CountAsync(ct));
    }
}
