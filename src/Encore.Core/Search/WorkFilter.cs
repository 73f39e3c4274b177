namespace Encore.Search;

// A filtered work list as a reader states it: tag NAMES rather than ids, so a shared link reads well and still means
// the same after a rebuild or a merge. The web binder fills it from the query string; WorkFilterResolver checks the
// names against the archive and turns it into a WorkQuery for the index.
public sealed record WorkFilter
{
    // Words to search for (q). Full-text search is another part of issue 6; until it lands the text is kept in the
    // filter and its links but does not narrow the list.
    public string? Text { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public IReadOnlyList<string> Ratings { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public bool? Complete { get; init; }
    public bool? Crossover { get; init; }
    public bool SingleChapter { get; init; }
    public int? WordsFrom { get; init; }
    public int? WordsTo { get; init; }
    public DateOnly? UpdatedFrom { get; init; }
    public DateOnly? UpdatedTo { get; init; }
    public string? Language { get; init; }

    // Null: the list's usual sort, and the sort's usual direction.
    public WorkSort? Sort { get; init; }
    public bool? Descending { get; init; }
    public int Page { get; init; } = 1;

    public bool Narrows => Text != null || Include.Count + Exclude.Count + Ratings.Count + Warnings.Count + Categories.Count > 0
        || Complete != null || Crossover != null || SingleChapter || WordsFrom != null || WordsTo != null
        || UpdatedFrom != null || UpdatedTo != null || Language != null;
}

// What a list is before the reader narrows it: a tag's works, a creator's, a set of works (bookmarks, a pseud's),
// or everything; and its usual order.
public sealed record WorkListScope
{
    public int? TagId { get; init; }
    public string? CreatorUserId { get; init; }
    public IReadOnlyList<int>? WorkIds { get; init; }
    public WorkSort DefaultSort { get; init; } = WorkSort.Updated;
    public IReadOnlyList<WorkSort> Sorts { get; init; } = WorkSorts.Common;
}

public sealed record FilterProblem(string Field, string Message);

public static class WorkSorts
{
    public static readonly IReadOnlyList<WorkSort> Common =
        [WorkSort.BestMatch, WorkSort.Creator, WorkSort.Title, WorkSort.Posted, WorkSort.Updated, WorkSort.Words,
         WorkSort.Hits, WorkSort.Kudos, WorkSort.Comments, WorkSort.Bookmarks];

    // As on AO3: names read A to Z, everything else biggest or newest first.
    public static bool DescendingByDefault(WorkSort sort) => sort is not (WorkSort.Creator or WorkSort.Title);

    public static string Label(WorkSort sort) => sort switch
    {
        WorkSort.BestMatch => "Best match",
        WorkSort.Creator => "Creator",
        WorkSort.Title => "Title",
        WorkSort.Posted => "Date posted",
        WorkSort.Updated => "Date updated",
        WorkSort.Words => "Word count",
        WorkSort.Hits => "Hits",
        WorkSort.Kudos => "Kudos",
        WorkSort.Comments => "Comments",
        WorkSort.Bookmarks => "Bookmarks",
        _ => "Date bookmarked",
    };

    // The word in the URL: stable, readable, never the enum's number.
    public static string Key(WorkSort sort) => sort switch
    {
        WorkSort.BestMatch => "best_match",
        WorkSort.Listed => "bookmarked",
        _ => sort.ToString().ToLowerInvariant(),
    };

    public static WorkSort? FromKey(string key) =>
        Enum.GetValues<WorkSort>().Select(s => (WorkSort?)s).FirstOrDefault(s => Key(s!.Value) == key);
}
