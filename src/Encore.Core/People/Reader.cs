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
    public bool BlockSuggestedTags { get; init; }
    public ReaderSettings Settings { get; init; } = new();
    public int UnreadInbox { get; init; }

    public bool HidesAnything => MutedUserIds.Count > 0 || BlockedTagIds.Count > 0;
}
