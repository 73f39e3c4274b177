using Encore.People;

namespace Encore.Community;

public static class CommentQueries
{
    // Comments written by users the reader muted are hidden from them wherever comments are listed. Guest comments
    // (no pseud) stay: there is no account to mute.
    public static IQueryable<Comment> WithoutMutedFor(this IQueryable<Comment> comments, Reader reader)
    {
        if (reader.MutedUserIds.Count == 0) return comments;
        var muted = reader.MutedUserIds.ToList();
        return comments.Where(c => c.PseudId == null || !muted.Contains(c.Pseud!.UserId));
    }
}
