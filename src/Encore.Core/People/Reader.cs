namespace Encore.People;

// Who is looking, with what they chose not to see. Visibility rules take a Reader so pages, feeds and the API apply
// them identically. The lists are loaded once per request (ReaderLoader) and are small.
public sealed record Reader(string? UserId, bool IsAdmin = false)
{
    public static readonly Reader Guest = new((string?)null);
    public bool SignedIn => UserId != null;

    public IReadOnlyList<string> MutedUserIds { get; init; } = [];
    public IReadOnlyList<int> BlockedTagIds { get; init; } = [];
    public IReadOnlyList<string> BlockedTagNames { get; init; } = [];

    // BlockedTagIds' families (TagFamily.BlockedAsync): blocking a tag hides its synonyms and sub tags too, as the
    // search index does. Loaded with the reader; a Reader made without it hides the blocked tags and their synonyms.
    public IReadOnlyList<int> BlockedFamilyIds { get; init; } = [];
    public bool BlockSuggestedTags { get; init; }
    public ReaderSettings Settings { get; init; } = new();
    public int UnreadInbox { get; init; }

    public bool HidesAnything => MutedUserIds.Count > 0 || BlockedTagIds.Count > 0;

    // Every tag id whose works (and whose synonyms' works) the blocklist hides.
    public IReadOnlyList<int> HiddenTagIds => BlockedFamilyIds.Count == 0 ? BlockedTagIds : BlockedTagIds.Union(BlockedFamilyIds).ToList();

    // Suggested labels are matched by name, ignoring case and surrounding spaces, in queries and in the index.
    public static string LabelKey(string name) => name.Trim().ToLowerInvariant();
}
