using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tags;

// A canonical fandom with the number of works a reader can see in it (synonyms included), and its media.
public sealed record FandomCount(int Id, string Name, int Works, IReadOnlyList<string> Media)
{
    public const string Uncategorized = "Uncategorized Fandoms";

    // The fandoms page and the catalog group fandoms by medium; a fandom with no medium yet is listed apart.
    public static async Task<SortedDictionary<string, List<FandomCount>>> ByMediaAsync(EncoreDb db, WorkIndex index, Reader reader,
        CancellationToken ct = default)
    {
        var byMedia = new SortedDictionary<string, List<FandomCount>>(StringComparer.OrdinalIgnoreCase);
        foreach (var fandom in await LoadAsync(db, index, reader, ct))
            foreach (var medium in fandom.Media.DefaultIfEmpty(Uncategorized))
            {
                if (!byMedia.TryGetValue(medium, out var list)) byMedia[medium] = list = [];
                list.Add(fandom);
            }
        return byMedia;
    }

    // The counts are the fandom facet of the whole archive as this reader's filtered lists see it (their drafts, mutes
    // and blocklist applied; a meta fandom counts its sub fandoms' works), so a count is the number of works the
    // fandom's page lists. Counting in SQL, one correlated count per fandom, took over three minutes at 100,000 works.
    public static async Task<List<FandomCount>> LoadAsync(EncoreDb db, WorkIndex index, Reader reader, CancellationToken ct = default)
    {
        var counts = index.Search(new WorkQuery { PageSize = 1, FacetsPerType = 0 }.ForReader(reader))
            .AllFacets(TagType.Fandom).ToDictionary(f => f.TagId, f => f.Count);
        if (counts.Count == 0) return [];
        var rows = await db.Tags.Canonical(TagType.Fandom)
            .Select(t => new { t.Id, t.Name, Media = t.ParentLinks.Where(p => p.Parent.Type == TagType.Media).Select(p => p.Parent.Name).ToList() })
            .ToListAsync(ct);
        return rows.Where(r => counts.ContainsKey(r.Id))
            .Select(r => new FandomCount(r.Id, r.Name, counts[r.Id], r.Media))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
