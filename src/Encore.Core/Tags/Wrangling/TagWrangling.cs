using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// What a wrangler does to one tag: make it canonical or not, merge it into a canonical tag (it becomes a synonym),
// and set its parents: fandoms for characters, relationships and additional tags, media for fandoms, and meta tags
// (a canonical tag of the same type that includes it). Each call checks everything first, then saves once, and
// answers null or the problem with the form field it belongs to.
public sealed class TagWrangling(EncoreDb db)
{
    public const string CanonicalField = "Canonical";
    public const string MergeField = "MergeInto";
    public const string ParentField = "ParentName";

    public async Task<FieldProblem?> SetCanonicalAsync(int tagId, bool canonical, CancellationToken ct = default)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == tagId, ct);
        if (tag == null) return new(CanonicalField, "That tag does not exist.");
        if (IsFixed(tag.Type)) return new(CanonicalField, FixedProblem(tag));
        if (canonical)
        {
            // A synonym made canonical is split off its old canonical tag and gets its own page again.
            tag.MergerId = null;
            tag.Canonical = true;
        }
        else
        {
            // Works, synonyms and sub tags would be stranded under a tag no filter offers; the wrangler moves them first.
            var synonyms = await db.Tags.CountAsync(t => t.MergerId == tag.Id, ct);
            if (synonyms > 0) return new(CanonicalField, $"\"{tag.Name}\" has {synonyms} synonym{(synonyms == 1 ? "" : "s")}; merge it into another canonical tag instead, which moves them.");
            var links = await db.TagParents.CountAsync(p => p.ParentId == tag.Id, ct);
            if (links > 0) return new(CanonicalField, $"\"{tag.Name}\" has {links} sub tag{(links == 1 ? "" : "s")} or tags belonging to it; merge it into another canonical tag instead, which moves them.");
            var metas = await db.TagParents.CountAsync(p => p.ChildId == tag.Id && p.Parent.Type == tag.Type, ct);
            if (metas > 0) return new(CanonicalField, $"\"{tag.Name}\" is a sub tag of {metas} meta tag{(metas == 1 ? "" : "s")}; remove those first.");
            tag.Canonical = false;
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    // The tag becomes a synonym of the canonical target. Its own synonyms follow it; its links move to the target,
    // so characters of a merged fandom stay in the fandom and sub tags keep their meta tag.
    public async Task<FieldProblem?> MergeAsync(int tagId, string? targetName, CancellationToken ct = default)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == tagId, ct);
        if (tag == null) return new(MergeField, "That tag does not exist.");
        if (IsFixed(tag.Type)) return new(MergeField, FixedProblem(tag));
        if (string.IsNullOrWhiteSpace(targetName)) return new(MergeField, "Name the canonical tag to merge into.");
        var target = await FindAsync(targetName, ct);
        if (target == null) return new(MergeField, $"There is no tag called \"{targetName.Trim()}\".");
        if (target.Id == tag.Id) return new(MergeField, "A tag cannot be merged into itself.");
        if (target.Type != tag.Type) return new(MergeField, $"\"{target.Name}\" is a {target.Type.Singular().ToLowerInvariant()} tag and \"{tag.Name}\" is a {tag.Type.Singular().ToLowerInvariant()} tag; merge only into a tag of the same type.");
        if (target.MergerId != null) return new(MergeField, $"\"{target.Name}\" is itself a synonym; merge into its canonical tag instead.");
        if (!target.Canonical) return new(MergeField, $"\"{target.Name}\" is not canonical; make it canonical first.");

        var synonyms = await db.Tags.Where(t => t.MergerId == tag.Id).ToListAsync(ct);
        var links = await db.TagParents.Include(p => p.Child).Include(p => p.Parent)
            .Where(p => p.ChildId == tag.Id || p.ParentId == tag.Id).ToListAsync(ct);
        var existing = (await db.TagParents.Where(p => p.ChildId == target.Id || p.ParentId == target.Id)
            .Select(p => new { p.ChildId, p.ParentId }).ToListAsync(ct)).Select(p => (p.ChildId, p.ParentId)).ToHashSet();

        var moved = new List<(int Child, int Parent, bool Meta)>();
        foreach (var link in links)
        {
            var pair = (Child: link.ChildId == tag.Id ? target.Id : link.ChildId, Parent: link.ParentId == tag.Id ? target.Id : link.ParentId);
            db.TagParents.Remove(link);
            if (pair.Child != pair.Parent && existing.Add(pair)) moved.Add((pair.Child, pair.Parent, link.Child.Type == link.Parent.Type));
        }

        // Moving meta links onto the target could close a loop (the target under one of the merged tag's sub tags).
        var meta = await TagFamily.MetaLinksAsync(db, tag.Type, ct);
        foreach (var list in meta.Values) list.RemoveAll(p => p == tag.Id);
        meta.Remove(tag.Id);
        foreach (var (child, parent, _) in moved.Where(m => m.Meta))
        {
            if (TagFamily.PathUp(meta, parent, child) is { } path)
                return new(MergeField, $"Merging would make a loop of meta tags: {await PathNamesAsync(path.Append(parent), ct)}.");
            (meta.TryGetValue(child, out var ps) ? ps : meta[child] = []).Add(parent);
        }

        foreach (var (child, parent, _) in moved) db.TagParents.Add(new TagParent { ChildId = child, ParentId = parent });
        foreach (var synonym in synonyms) synonym.MergerId = target.Id;
        tag.MergerId = target.Id;
        tag.Canonical = false;
        await db.SaveChangesAsync(ct);
        return null;
    }

    // Adds a fandom (characters, relationships, additional tags), a medium (fandoms) or a meta tag (same type).
    public async Task<FieldProblem?> AddParentAsync(int tagId, string? parentName, CancellationToken ct = default)
    {
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == tagId, ct);
        if (tag == null) return new(ParentField, "That tag does not exist.");
        if (IsFixed(tag.Type)) return new(ParentField, FixedProblem(tag));
        if (tag.MergerId != null) return new(ParentField, $"\"{tag.Name}\" is a synonym; its canonical tag carries the parents.");
        if (string.IsNullOrWhiteSpace(parentName)) return new(ParentField, "Name the parent tag.");
        var parent = await FindAsync(parentName, ct);
        if (parent == null) return new(ParentField, $"There is no tag called \"{parentName.Trim()}\".");
        if (parent.MergerId != null || !parent.Canonical) return new(ParentField, $"\"{parent.Name}\" is not canonical; parents must be canonical tags.");
        if (parent.Id == tag.Id) return new(ParentField, "A tag cannot be its own parent.");
        if (parent.Type != tag.Type && parent.Type != ParentTypeOf(tag.Type))
            return new(ParentField, $"A {tag.Type.Singular().ToLowerInvariant()} tag's parents are {ParentTypeOf(tag.Type).Plural().ToLowerInvariant()} or meta tags of its own type; \"{parent.Name}\" is a {parent.Type.Singular().ToLowerInvariant()} tag.");
        if (await db.TagParents.AnyAsync(p => p.ChildId == tag.Id && p.ParentId == parent.Id, ct))
            return new(ParentField, $"\"{parent.Name}\" is already a parent of \"{tag.Name}\".");
        if (parent.Type == tag.Type)
        {
            if (!tag.Canonical) return new(ParentField, $"\"{tag.Name}\" is not canonical; only canonical tags have meta tags.");
            var meta = await TagFamily.MetaLinksAsync(db, tag.Type, ct);
            if (TagFamily.PathUp(meta, parent.Id, tag.Id) is { } path)
                return new(ParentField, $"\"{parent.Name}\" is already beneath \"{tag.Name}\" ({await PathNamesAsync(path, ct)}), so it cannot be its meta tag too.");
        }
        db.TagParents.Add(new TagParent { ChildId = tag.Id, ParentId = parent.Id });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<FieldProblem?> RemoveParentAsync(int tagId, int parentId, CancellationToken ct = default)
    {
        var link = await db.TagParents.FirstOrDefaultAsync(p => p.ChildId == tagId && p.ParentId == parentId, ct);
        if (link == null) return new(ParentField, "That tag is not a parent of this one.");
        db.TagParents.Remove(link);
        await db.SaveChangesAsync(ct);
        return null;
    }

    // "Derek Wills/Karen Cartwright" and "Ivy & Tom" name their characters; the fandoms of those that are known
    // character tags (or synonyms of one) are fandoms the relationship belongs to.
    public async Task<IReadOnlyList<TagLink>> CharacterFandomsAsync(int relationshipId, CancellationToken ct = default)
    {
        var names = await db.Tags.Where(t => t.Id == relationshipId && t.Type == TagType.Relationship).Select(t => t.Name).FirstOrDefaultAsync(ct);
        if (names == null) return [];
        var normalized = CharacterNames(names).Select(Tag.Normalize).ToList();
        if (normalized.Count == 0) return [];
        var characters = await db.Tags.Where(t => t.Type == TagType.Character && normalized.Contains(t.NormalizedName))
            .Select(t => t.MergerId ?? t.Id).ToListAsync(ct);
        var rows = await db.TagParents
            .Where(p => characters.Contains(p.ChildId) && p.Parent.Type == TagType.Fandom && p.Parent.MergerId == null
                && !db.TagParents.Any(q => q.ChildId == relationshipId && q.ParentId == p.ParentId))
            .Select(p => new { p.ParentId, p.Parent.Name }).Distinct().ToListAsync(ct);
        return rows.Select(r => new TagLink(r.ParentId, r.Name, TagType.Fandom)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<FieldProblem?> AddCharacterFandomsAsync(int relationshipId, CancellationToken ct = default)
    {
        var fandoms = await CharacterFandomsAsync(relationshipId, ct);
        if (fandoms.Count == 0) return new(ParentField, "No fandoms of this relationship's characters are missing.");
        foreach (var f in fandoms) db.TagParents.Add(new TagParent { ChildId = relationshipId, ParentId = f.Id });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static IReadOnlyList<string> CharacterNames(string relationship) =>
        relationship.Split(['/', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static bool IsFixed(TagType type) => type is TagType.Rating or TagType.ArchiveWarning or TagType.Category;

    // Fandoms belong to media; the others to fandoms; media have only meta tags.
    public static TagType ParentTypeOf(TagType type) => type switch
    {
        TagType.Fandom => TagType.Media,
        TagType.Media => TagType.Media,
        _ => TagType.Fandom,
    };

    private static string FixedProblem(Tag tag) =>
        $"\"{tag.Name}\" is one of the archive's fixed {tag.Type.Plural().ToLowerInvariant()}; it cannot be wrangled.";

    private Task<Tag?> FindAsync(string name, CancellationToken ct)
    {
        var normalized = Tag.Normalize(TagName.CollapseSpaces(name));
        return db.Tags.FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
    }

    private async Task<string> PathNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var names = await db.Tags.Where(t => list.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return string.Join(" › ", list.Select(id => names[id]));
    }
}
