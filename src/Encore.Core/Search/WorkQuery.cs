using Encore.Tags;

namespace Encore.Search;

// Listed keeps the order of WorkQuery.WorkIds (a user's bookmarks, oldest first; descending is newest first); without
// WorkIds it falls back to BestMatch.
public enum WorkSort { BestMatch, Creator, Title, Posted, Updated, Words, Hits, Kudos, Comments, Bookmarks, Listed }

// One filtered work list, as the sidebar and the URL describe it. Tag ids may be canonical tags or their synonyms.
// Ratings, warnings and categories are tag ids too and match any-of within each group, as on AO3.
public sealed record WorkQuery
{
    public const int DefaultPageSize = 20;

    public IReadOnlyList<int> IncludeTagIds { get; init; } = [];
    public IReadOnlyList<int> ExcludeTagIds { get; init; } = [];
    public IReadOnlyList<int> RatingIds { get; init; } = [];
    public IReadOnlyList<int> WarningIds { get; init; } = [];
    public IReadOnlyList<int> CategoryIds { get; init; } = [];
    public bool? Complete { get; init; }
    public bool? Crossover { get; init; }
    public bool SingleChapter { get; init; }
    public int? WordsMin { get; init; }
    public int? WordsMax { get; init; }
    public DateTime? UpdatedFrom { get; init; }
    public DateTime? UpdatedTo { get; init; }
    public string? Language { get; init; }

    // Scopes: a creator's works (every work one of the user's pseuds is on), and a given set of works (a user's
    // bookmarks, a pseud's works). Null means no scope; an empty WorkIds matches nothing.
    public string? CreatorUserId { get; init; }
    public IReadOnlyList<int>? WorkIds { get; init; }

    // The reader: null is a guest. Muted users' works and works with blocked tags are left out, except the reader's own.
    public string? ReaderUserId { get; init; }
    public bool ReaderIsAdmin { get; init; }
    public IReadOnlyList<string> MutedUserIds { get; init; } = [];
    public IReadOnlyList<int> BlockedTagIds { get; init; } = [];
    public IReadOnlyList<string> BlockedSuggestionNames { get; init; } = [];

    public WorkSort Sort { get; init; } = WorkSort.BestMatch;
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
    public int FacetsPerType { get; init; } = 10;
}

public sealed record FacetCount(int TagId, int Count);

public sealed class WorkSearchResult
{
    public required int Total { get; init; }
    public required IReadOnlyList<int> WorkIds { get; init; }

    // Top entries per type (count descending, then tag id); AllFacets has every count of a type for "more".
    public required IReadOnlyDictionary<TagType, IReadOnlyList<FacetCount>> Facets { get; init; }
    public required Func<TagType, IReadOnlyList<FacetCount>> AllFacets { get; init; }

    public static readonly TagType[] FacetTypes =
        [TagType.Rating, TagType.ArchiveWarning, TagType.Category, TagType.Fandom, TagType.Relationship, TagType.Character, TagType.Freeform];
}
