using Encore.Data;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Works;

public sealed record PseudChoice(int Id, string Name, bool IsDefault);

// What the posting form offers: the user's pseuds and series, the languages, and canonical tags for autocomplete.
public sealed record FormChoices(
    IReadOnlyList<PseudChoice> Pseuds, IReadOnlyList<string> Series, IReadOnlyDictionary<TagType, IReadOnlyList<string>> Tags)
{
    // The datalists are hints, not a catalogue: the most used canonical tags of each kind.
    private const int TagsPerList = 500;

    public static readonly (string Code, string Name)[] Languages = new[]
    {
        "en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ru", "uk", "tr", "el", "he", "ar", "fa",
        "hi", "id", "vi", "th", "zh", "ja", "ko", "la", "eo",
    }.Select(code => (code, Display.Language(code))).ToArray();

    public IReadOnlyList<string> TagsOf(TagType type) => Tags.TryGetValue(type, out var list) ? list : [];

    public static async Task<FormChoices> LoadAsync(EncoreDb db, string userId, CancellationToken ct)
    {
        var pseuds = await db.Pseuds.Where(p => p.UserId == userId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name)
            .Select(p => new PseudChoice(p.Id, p.Name, p.IsDefault)).ToListAsync(ct);
        // Series have no owner of their own: a user's series are those holding one of their works.
        var series = await db.Series
            .Where(s => s.Works.Any(l => l.Work.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == userId && !c.IsPending)))
            .OrderBy(s => s.Title).Select(s => s.Title).ToListAsync(ct);
        var tags = new Dictionary<TagType, IReadOnlyList<string>>();
        foreach (var type in new[] { TagType.Fandom, TagType.Relationship, TagType.Character, TagType.Freeform })
            tags[type] = await db.Tags.Canonical(type).OrderByDescending(t => db.WorkTags.Count(l => l.TagId == t.Id)).ThenBy(t => t.Name)
                .Take(TagsPerList).Select(t => t.Name).ToListAsync(ct);
        return new FormChoices(pseuds, series, tags);
    }
}
