using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

// Posting, editing and deleting comments, with Work.CommentCount and the inbox kept in step.
public sealed class Commenting(EncoreDb db, TimeProvider clock)
{
    public async Task<CommentResult> PostAsync(NewComment input, Reader reader, CancellationToken ct = default)
    {
        var work = await db.RespondableAsync(input.WorkId, reader, ct);
        if (work == null || !await db.Chapters.AnyAsync(c => c.Id == input.ChapterId && c.WorkId == work.Id, ct)) return CommentResult.NotFound;
        if (!reader.SignedIn && !work.AllowGuestComments)
            return CommentResult.Invalid("Text", "Sorry, this work doesn't allow non-Archive users to comment.");
        Comment? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Comments.Include(c => c.Pseud).FirstOrDefaultAsync(c => c.Id == parentId && c.WorkId == work.Id, ct);
            if (parent == null) return CommentResult.NotFound;
            if (parent.DeletedAt != null) return CommentResult.Invalid("Text", "This comment has been deleted, so it can't be replied to.");
        }
        if (TextProblem(input.Text) is { } problem) return CommentResult.Invalid("Text", problem);

        var comment = new Comment
        {
            WorkId = work.Id, ChapterId = parent?.ChapterId ?? input.ChapterId, ParentId = parent?.Id,
            Content = ResponseText.ToHtml(input.Text), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (reader.SignedIn)
        {
            var pseud = await db.Pseuds.Where(p => p.UserId == reader.UserId && (input.PseudId == null ? p.IsDefault : p.Id == input.PseudId))
                .FirstOrDefaultAsync(ct);
            if (pseud == null) return CommentResult.Invalid("PseudId", "Choose one of your own pseuds.");
            comment.PseudId = pseud.Id;
        }
        else
        {
            var name = input.GuestName?.Trim();
            if (string.IsNullOrEmpty(name)) return CommentResult.Invalid("GuestName", "Please enter your name.");
            if (name.Length > Comment.MaxGuestNameLength)
                return CommentResult.Invalid("GuestName", $"Your name must be at most {Comment.MaxGuestNameLength} characters long.");
            comment.GuestName = name;
        }
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        await db.RecountCommentsAsync([work.Id], ct);
        await CommentNotices.SendAsync(db, comment, parent, reader.UserId, ct);
        return new CommentResult(comment);
    }

    public async Task<CommentResult> EditAsync(int commentId, string text, Reader reader, CancellationToken ct = default)
    {
        var comment = await db.Comments.Include(c => c.Pseud).FirstOrDefaultAsync(c => c.Id == commentId && c.DeletedAt == null, ct);
        if (comment == null) return CommentResult.NotFound;
        if (!reader.SignedIn || comment.Pseud?.UserId != reader.UserId) return CommentResult.NotAllowed;
        if (TextProblem(text) is { } problem) return CommentResult.Invalid("Text", problem);
        comment.Content = ResponseText.ToHtml(text);
        comment.EditedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new CommentResult(comment);
    }

    // The commenter deletes their own comment, the work's creators any comment on their work, an admin any comment.
    // A comment with replies keeps its place ("deleted", or "removed by an admin") so the replies still make sense;
    // an admin's removal always leaves its mark.
    public async Task<CommentResult> DeleteAsync(int commentId, Reader reader, CancellationToken ct = default)
    {
        var comment = await db.Comments.Include(c => c.Pseud).FirstOrDefaultAsync(c => c.Id == commentId && c.DeletedAt == null, ct);
        if (comment == null) return CommentResult.NotFound;
        var removal = !reader.SignedIn ? CommentRemoval.None
            : comment.Pseud?.UserId == reader.UserId ? CommentRemoval.ByCommenter
            : await WorkAccess.IsCreatorAsync(db, reader.UserId, comment.WorkId, ct) ? CommentRemoval.ByCreator
            : reader.IsAdmin ? CommentRemoval.ByAdmin : CommentRemoval.None;
        if (removal == CommentRemoval.None) return CommentResult.NotAllowed;

        if (removal == CommentRemoval.ByAdmin || await db.Comments.AnyAsync(c => c.ParentId == comment.Id, ct))
        {
            comment.DeletedAt = clock.GetUtcNow().UtcDateTime;
            comment.Removal = removal;
            comment.Content = "";
            await db.SaveChangesAsync(ct);
        }
        else await RemoveWithEmptyAncestorsAsync(comment, ct);
        await db.RecountCommentsAsync([comment.WorkId], ct);
        return new CommentResult(comment);
    }

    public static string? TextProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Please write something in your comment."
        : text.Length > Comment.MaxLength ? $"Your comment must be at most {Comment.MaxLength:N0} characters long (it has {text.Length:N0})."
        : null;

    // A deleted placeholder whose last reply goes has nothing left to hold up, so it goes too (not an admin's mark).
    private async Task RemoveWithEmptyAncestorsAsync(Comment comment, CancellationToken ct)
    {
        var parentId = comment.ParentId;
        db.Comments.Remove(comment);
        await db.SaveChangesAsync(ct);
        while (parentId is { } id)
        {
            var parent = await db.Comments.FirstAsync(c => c.Id == id, ct);
            if (parent.DeletedAt == null || parent.Removal == CommentRemoval.ByAdmin || await db.Comments.AnyAsync(c => c.ParentId == id, ct)) return;
            parentId = parent.ParentId;
            db.Comments.Remove(parent);
            await db.SaveChangesAsync(ct);
        }
    }
}
