using Encore.Search;
using Encore.Tags;

namespace Encore.Tests.Search;

// Random filter queries over a generated archive: every include/exclude/range/sort combination, synonyms and meta
// tags, readers with muted users and blocklists, guests. Shared by the filter and the full-text brute-force tests.
public sealed class RandomQueries
{
    private readonly GeneratedArchive _archive;
    private readonly Random _rng;
    private readonly int[] _used, _parents;

    public RandomQueries(GeneratedArchive archive, int seed)
    {
        _archive = archive;
        _rng = new Random(seed);
        var fixedTypes = new[] { TagType.Rating, TagType.ArchiveWarning, TagType.Category };
        var free = archive.Tags.Where(t => !fixedTypes.Contains(t.Type)).Select(t => t.Id).ToHashSet();
        // Tags that are actually used (including synonyms), so includes usually match something.
        _used = archive.WorkTags.Select(l => l.TagId).Distinct().Where(free.Contains).ToArray();
        _parents = archive.Links.Select(l => l.ParentId).Distinct().ToArray();
    }

    private int PickTag() => _rng.NextDouble() < 0.2 ? _parents[_rng.Next(_parents.Length)] : _used[_rng.Next(_used.Length)];
    private int[] TagsOfType(TagType t) => _archive.Tags.Where(x => x.Type == t).Select(x => x.Id).ToArray();
    private IReadOnlyList<int> Some(int[] ids) => _rng.NextDouble() < 0.6 ? [] : ids.OrderBy(_ => _rng.Next()).Take(_rng.Next(1, 3)).ToArray();

    // filters: 1 is the full mix; lower values leave each filter out more often (text queries match fewer works).
    public WorkQuery Next(double filters = 1)
    {
        var rng = _rng;
        var archive = _archive;
        bool Use() => filters >= 1 || rng.NextDouble() < filters;
        var reader = rng.Next(4) switch { 0 => null, _ => archive.UserIds[rng.Next(Math.Min(20, archive.UserIds.Count))] };
        return new WorkQuery
        {
            IncludeTagIds = Use() ? Enumerable.Range(0, rng.Next(0, 3)).Select(_ => PickTag()).ToArray() : [],
            ExcludeTagIds = Use() ? Enumerable.Range(0, rng.Next(0, 4)).Select(_ => PickTag()).ToArray() : [],
            RatingIds = Use() ? Some(TagsOfType(TagType.Rating)) : [],
            WarningIds = Use() ? Some(TagsOfType(TagType.ArchiveWarning)) : [],
            CategoryIds = Use() ? Some(TagsOfType(TagType.Category)) : [],
            Complete = rng.Next(3) switch { 0 => true, 1 => false, _ => null },
            Crossover = rng.Next(4) switch { 0 => true, 1 => false, _ => null },
            SingleChapter = rng.Next(5) == 0,
            WordsMin = rng.Next(3) == 0 ? rng.Next(0, 5000) : null,
            WordsMax = rng.Next(3) == 0 ? rng.Next(2000, 50_000) : null,
            UpdatedFrom = rng.Next(4) == 0 ? new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(rng.Next(0, 3000)) : null,
            UpdatedTo = rng.Next(4) == 0 ? new DateTime(2014, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(rng.Next(0, 3000)) : null,
            Language = rng.Next(6) == 0 ? (rng.Next(2) == 0 ? "es" : "en") : null,
            ReaderUserId = reader,
            ReaderIsAdmin = reader != null && rng.Next(4) == 0,
            MutedUserIds = rng.Next(3) == 0 ? archive.UserIds.OrderBy(_ => rng.Next()).Take(rng.Next(1, 40)).ToArray() : [],
            BlockedTagIds = rng.Next(4) == 0 ? [PickTag()] : [],
            BlockedSuggestionNames = rng.Next(4) == 0 ? [GeneratedArchive.Labels[rng.Next(GeneratedArchive.Labels.Length)].ToUpperInvariant()] : [],
            // A creator's works, or a list of works (some unknown, some twice), as the creator and bookmark pages ask.
            CreatorUserId = rng.Next(5) == 0 && Use() ? archive.UserIds[rng.Next(Math.Min(20, archive.UserIds.Count))] : null,
            WorkIds = rng.Next(4) == 0 && Use()
                ? Enumerable.Range(0, rng.Next(0, 800)).Select(_ => archive.Works[rng.Next(archive.Works.Count)].Id + (rng.Next(50) == 0 ? 1_000_000 : 0)).ToArray()
                : null,
            Sort = (WorkSort)rng.Next(Enum.GetValues<WorkSort>().Length),
            Descending = rng.Next(2) == 0,
            Page = rng.Next(3) == 0 ? rng.Next(2, 40) : 1,
        };
    }
}
