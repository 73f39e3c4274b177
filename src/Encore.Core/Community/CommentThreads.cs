using System.Linq.Expressions;
using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// A comment as pages show it, with its replies. Deleted comments keep their place and lose their words.
public sealed record CommentView(
    int Id, int WorkId, int ChapterId, int? ParentId, string? PseudName, string? UserName, string? UserId, string? GuestName,
    string Content, DateTime CreatedAt, DateTime? EditedAt, CommentRemoval Removal, bool Deleted)
{
    public List<CommentView> Replies { get; } = [];
    public string AuthorName => PseudName ?? GuestName ?? "(Previous user)";
}

public static class CommentThreads
{
    private static readonly Expression<Func<Comment, CommentView>> ToView = c => new CommentView(
        c.Id, c.WorkId, c.ChapterId, c.ParentId, c.Pseud != null ? c.Pseud.Name : null, c.Pseud != null ? c.Pseud.User.UserName : null,
        c.Pseud != null ? c.Pseud.UserId : null, c.GuestName, c.Content, c.CreatedAt, c.EditedAt, c.Removal, c.DeletedAt != null);

    // Every comment on the given chapters of a work, as threads: top-level comments oldest first, replies in order.
    // Comments by users the reader muted are left out with the replies under them (a reply without its comment
    // would read as a non sequitur).
    public static async Task<List<CommentView>> LoadAsync(
        EncoreDb db, int workId, IReadOnlyCollection<int> chapterIds, People.Reader reader, CancellationToken ct = default)
    {
        var all = await db.Comments.AsNoTracking().WithoutMutedFor(reader)
            .Where(c => c.WorkId == workId && chapterIds.Contains(c.ChapterId))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(ToView).ToListAsync(ct);
        // Oldest first, so a parent is always placed before its replies; a reply whose parent was left out stays out.
        var placed = new Dictionary<int, CommentView>();
        var roots = new List<CommentView>();
        foreach (var comment in all)
        {
            if (comment.ParentId is not { } parent) roots.Add(comment);
            else if (placed.TryGetValue(parent, out var p)) p.Replies.Add(comment);
            else continue;
            placed[comment.Id] = comment;
        }
        return roots;
    }

    public static Task<CommentView?> FindAsync(EncoreDb db, int commentId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().Where(c => c.Id == commentId).Select(ToView).FirstOrDefaultAsync(ct);
}
