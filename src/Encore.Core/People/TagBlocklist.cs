using Encore.Data;
using Encore.Tags;
using Encore.Understanding;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

public sealed record BlockResult(Tag? Tag, string? Problem);

// A reader's saved tag blocklist. Entries are canonical tags: blocking a synonym blocks what it stands for, and
// VisibleTo hides works carrying the tag, its sub tags (ReaderLoader adds them) or any of their synonyms.
public static class TagBlocklist
{
    public const int MaxEntries = 500;

    public static async Task<BlockResult> AddAsync(EncoreDb db, string userId, string? name, TimeProvider clock, CancellationToken ct = default)
    {
        name = TagName.CollapseSpaces(name?.Trim() ?? "");
        if (name.Length == 0) return new(null, "Enter the name of a tag to block.");
        var normalized = Tag.Normalize(name);
        var tag = await db.Tags.Include(t => t.Merger).FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
        if (tag?.Merger is { } canonical) tag = canonical;
        // Encore's content labels can be blocked before any creator used them: works whose text Encore flagged are
        // then hidden too (when the reader also blocks suggested tags).
        if (tag == null && ContentLabels.All.FirstOrDefault(l => Tag.Normalize(l) == normalized) is { } label)
        {
            tag = new Tag { Type = TagType.Freeform, Name = label, NormalizedName = normalized, Canonical = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Tags.Add(tag);
        }
        if (tag == null) return new(null, $"There is no tag called \"{name}\". Check the spelling, or use the Block button on the tag's page.");

        var tagId = tag.Id;
        if (tagId != 0 && await db.BlockedTags.AnyAsync(b => b.UserId == userId && b.TagId == tagId, ct))
            return new(tag, $"\"{tag.Name}\" is already on your blocklist.");
        if (await db.BlockedTags.CountAsync(b => b.UserId == userId, ct) >= MaxEntries)
            return new(null, $"Your blocklist is full: it holds at most {MaxEntries} tags. Remove some first.");
        db.BlockedTags.Add(new BlockedTag { UserId = userId, Tag = tag, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return new(tag, null);
    }

    public static Task<int> RemoveAsync(EncoreDb db, string userId, int tagId, CancellationToken ct = default) =>
        db.BlockedTags.Where(b => b.UserId == userId && b.TagId == tagId).ExecuteDeleteAsync(ct);

    public static Task<List<Tag>> ListAsync(EncoreDb db, string userId, CancellationToken ct = default) =>
        db.BlockedTags.Where(b => b.UserId == userId).Select(b => b.Tag).OrderBy(t => t.Name).AsNoTracking().ToListAsync(ct);
}
