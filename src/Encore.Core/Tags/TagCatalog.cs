using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// Finds tags by name for posting and importing, creating unwrangled ones for names the archive has not seen.
// Every tag found or created is remembered, so a long import asks the database once per tag name; after a failed
// save, Forget() drops what may not exist after all.
public sealed class TagCatalog(EncoreDb db)
{
    private readonly Dictionary<string, Tag> _known = new(StringComparer.Ordinal);

    public void Forget() => _known.Clear();

    public async Task<Tag> FindOrCreateAsync(TagType type, string name, CancellationToken ct = default)
    {
        name = TagName.CollapseSpaces(name.Trim());
        if (TagName.Problem(name) is { } problem) throw new ArgumentException(problem, nameof(name));

        var tag = await FindAsync(name, ct);
        if (tag == null) return Create(type, name);
        if (tag.Type == type) return tag;

        // AO3 keeps names unique across types: "Smash" the fandom and "Smash" a freeform cannot both exist, so the
        // newcomer gets its type added to its name.
        var qualified = $"{name} ({type.Singular()})";
        return await FindAsync(qualified, ct) ?? Create(type, qualified);
    }

    // Fixed tags (ratings, warnings, categories) exist from the first migration; an unknown name is an error.
    public async Task<Tag> FixedAsync(TagType type, string name, CancellationToken ct = default)
    {
        var normalized = Tag.Normalize(name);
        if (_known.TryGetValue(normalized, out var known) && known.Type == type) return known;
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Type == type && t.NormalizedName == normalized, ct)
            ?? throw new ArgumentException($"\"{name}\" is not one of the {type.Plural().ToLowerInvariant()} ({string.Join(", ", Options(type))}).");
        return _known[normalized] = tag;
    }

    public static IReadOnlyList<string> Options(TagType type) => type switch
    {
        TagType.Rating => FixedTags.Ratings,
        TagType.ArchiveWarning => FixedTags.Warnings,
        TagType.Category => FixedTags.Categories,
        _ => [],
    };

    private async Task<Tag?> FindAsync(string name, CancellationToken ct)
    {
        var normalized = Tag.Normalize(name);
        if (_known.TryGetValue(normalized, out var known)) return known;
        var tag = await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.NormalizedName == normalized, ct);
        if (tag != null) _known[normalized] = tag;
        return tag;
    }

    private Tag Create(TagType type, string name)
    {
        // New free tags start canonical (as AO3 shows them until a wrangler says otherwise) so they can be browsed.
        var tag = new Tag { Type = type, Name = name, NormalizedName = Tag.Normalize(name), Canonical = true, CreatedAt = DateTime.UtcNow };
        db.Tags.Add(tag);
        _known[tag.NormalizedName] = tag;
        return tag;
    }
}
