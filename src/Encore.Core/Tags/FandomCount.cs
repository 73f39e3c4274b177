using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// A canonical fandom with the number of works a reader can see in it (synonyms included), and its media.
public sealed record FandomCount(int Id, string Name, int Works, IReadOnlyList<string> Media)
{
    public const string Uncategorized = "Uncategorized Fandoms";

    // The fandoms page and the catalog group fandoms by medium; a fandom with no medium yet is listed apart.
    public static async Task<SortedDictionary<string, List<FandomCount>>> ByMediaAsync(EncoreDb db, Reader reader, CancellationToken ct = default)
    {
        var byMedia = new SortedDictionary<string, List<FandomCount>>(StringComparer.OrdinalIgnoreCase);
        foreach (var fandom in await LoadAsync(db, reader, ct))
            foreach (var medium in fandom.Media.DefaultIfEmpty(Uncategorized))
            {
                if (!byMedia.TryGetValue(medium, out var list)) byMedia[medium] = list = [];
                list.Add(fandom);
            }
        return byMedia;
    }

    public static async Task<List<FandomCount>> LoadAsync(EncoreDb db, Reader reader, CancellationToken ct = default)
    {
        var visible = db.Works.VisibleTo(reader);
        var rows = await db.Tags.Canonical(TagType.Fandom)
            .Select(t => new
            {
                t.Id,
                t.Name,
                Works = visible.Count(w => w.Tags.Any(x => x.TagId == t.Id || x.Tag.MergerId == t.Id)),
                Media = t.ParentLinks.Where(p => p.Parent.Type == TagType.Media).Select(p => p.Parent.Name).ToList(),
            })
            .ToListAsync(ct);
        return rows.Where(r => r.Works > 0)
            .Select(r => new FandomCount(r.Id, r.Name, r.Works, r.Media))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
