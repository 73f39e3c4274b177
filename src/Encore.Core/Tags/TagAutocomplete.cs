using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// Canonical tags of one kind whose name starts with what the person has typed (or has a word that does), most used
// first: what the posting form's tag fields offer as they type, and the JSON API's autocomplete.
public static class TagAutocomplete
{
    public const int MaxResults = 15;

    public static async Task<List<string>> FindAsync(EncoreDb db, TagType type, string? term, CancellationToken ct = default)
    {
        var normalized = Tag.Normalize(term ?? "");
        if (normalized.Length < 2) return [];
        var words = " " + normalized;
        var matches = await db.Tags.Canonical(type)
            .Where(t => t.NormalizedName.StartsWith(normalized) || t.NormalizedName.Contains(words))
            .Select(t => new { t.Name, Prefix = t.NormalizedName.StartsWith(normalized), Uses = db.WorkTags.Count(l => l.TagId == t.Id) })
            .OrderByDescending(t => t.Prefix).ThenByDescending(t => t.Uses).ThenBy(t => t.Name)
            .Take(MaxResults).ToListAsync(ct);
        return matches.Select(m => m.Name).ToList();
    }
}
