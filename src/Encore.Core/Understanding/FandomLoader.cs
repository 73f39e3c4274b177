using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Understanding;

// Adds a fandom file's knowledge to the archive's tags, or brings it up to date: canonical tags for the fandom, its
// characters and relationships (filed under the fandom), and their aliases. Existing tags and aliases are kept;
// loading the same file twice changes nothing.
public static class FandomLoader
{
    public static async Task<(int Tags, int Aliases)> LoadAsync(EncoreDb db, FandomFile file, CancellationToken ct = default)
    {
        var addedTags = 0;
        var addedAliases = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var fandom = await CanonicalAsync(TagType.Fandom, file.Fandom);
        if (file.Media is { } media) await ParentAsync(fandom, await CanonicalAsync(TagType.Media, media));
        await AliasesAsync(fandom, file.Aliases.Concat(file.Keywords));
        foreach (var character in file.Characters)
        {
            var tag = await CanonicalAsync(TagType.Character, character.Name);
            await ParentAsync(tag, fandom);
            await AliasesAsync(tag, character.Aliases);
        }
        foreach (var relationship in file.Relationships)
        {
            var tag = await CanonicalAsync(TagType.Relationship, relationship.Name);
            await ParentAsync(tag, fandom);
            await AliasesAsync(tag, relationship.Aliases);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (addedTags, addedAliases);

        async Task<Tag> CanonicalAsync(TagType type, string name)
        {
            var normalized = Tag.Normalize(name);
            var tag = db.Tags.Local.FirstOrDefault(t => t.NormalizedName == normalized)
                ?? await db.Tags.FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
            if (tag != null)
            {
                if (tag.Type != type) throw new FormatException($"\"{name}\" is already a {tag.Type.Singular().ToLowerInvariant()} tag, not a {type.Singular().ToLowerInvariant()}.");
                return tag;
            }
            addedTags++;
            tag = new Tag { Type = type, Name = name.Trim(), NormalizedName = normalized, Canonical = true, CreatedAt = DateTime.UtcNow };
            db.Tags.Add(tag);
            await db.SaveChangesAsync(ct);
            return tag;
        }

        async Task ParentAsync(Tag child, Tag parent)
        {
            if (!await db.TagParents.AnyAsync(p => p.ChildId == child.Id && p.ParentId == parent.Id, ct)
                && !db.TagParents.Local.Any(p => p.ChildId == child.Id && p.ParentId == parent.Id))
                db.TagParents.Add(new TagParent { ChildId = child.Id, ParentId = parent.Id });
        }

        async Task AliasesAsync(Tag tag, IEnumerable<string> aliases)
        {
            var existing = await db.TagAliases.Where(a => a.TagId == tag.Id).Select(a => a.Alias).ToListAsync(ct);
            foreach (var alias in aliases.Select(a => a.Trim()).Where(a => a.Length > 0 && a.Length <= Tag.MaxNameLength).Distinct())
            {
                if (existing.Contains(alias)) continue;
                existing.Add(alias);
                db.TagAliases.Add(new TagAlias { TagId = tag.Id, Alias = alias });
                addedAliases++;
            }
        }
    }
}
