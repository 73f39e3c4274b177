using Encore.Community;
using Encore.Data;

namespace Encore.Web.Pages.Comments;

public static class CommentLinks
{
    // Where a comment is read: its chapter's page (or the work's, for a one-chapter work), at the comment.
    public static string OnChapter(EncoreDb db, Comment comment) =>
        (db.Chapters.Count(c => c.WorkId == comment.WorkId) > 1 ? Links.Chapter(comment.WorkId, comment.ChapterId) : Links.Work(comment.WorkId))
        + "#comment-" + comment.Id;

    // A return address from a form, only if it is a path on this site (never another site: an open redirect).
    public static string LocalOr(string? returnUrl, string fallback) =>
        returnUrl != null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : fallback;
}
