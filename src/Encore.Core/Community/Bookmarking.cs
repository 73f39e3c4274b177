using Encore.Data;
using Encore.People;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

public sealed record BookmarkInput(string? Notes, string? Tags, bool IsPrivate, bool IsRec, int? PseudId);

// One bookmark per user per work: saving creates it or changes it. Work.BookmarkCount counts public bookmarks only,
// so a private bookmark shows nowhere but to its owner.
public sealed class Bookmarking(EncoreDb db, TimeProvider clock)
{
    // Null when the work is not there for this reader; otherwise the field and message of the first problem, if any.
    public async Task<(string Field, string Error)?> SaveAsync(int workId, BookmarkInput input, Reader reader, CancellationToken ct = default)
    {
        if (!reader.SignedIn || await db.RespondableAsync(workId, reader, ct) == null) throw new InvalidOperationException("No such work for this reader.");
        if (input.Notes?.Length > Bookmark.MaxNotesLength)
            return ("Notes", $"Notes must be at most {Bookmark.MaxNotesLength:N0} characters long (they have {input.Notes.Length:N0}).");
        var tags = (input.Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (tags.Count > Bookmark.MaxTags) return ("Tags", $"A bookmark can have at most {Bookmark.MaxTags} tags (this one has {tags.Count}).");
        if (tags.Any(t => t.Length > 100)) return ("Tags", "Each tag must be at most 100 characters long.");
        var joined = string.Join(", ", tags);
        if (joined.Length > 4000) return ("Tags", "The tags are too long altogether (at most 4,000 characters).");
        var pseud = await db.Pseuds.FirstOrDefaultAsync(p => p.UserId == reader.UserId && (input.PseudId == null ? p.IsDefault : p.Id == input.PseudId), ct);
        if (pseud == null) return ("PseudId", "Choose one of your own pseuds.");

        var now = clock.GetUtcNow().UtcDateTime;
        var bookmark = await db.Bookmarks.FirstOrDefaultAsync(b => b.UserId == reader.UserId && b.WorkId == workId, ct);
        if (bookmark == null)
            db.Bookmarks.Add(bookmark = new Bookmark { UserId = reader.UserId!, WorkId = workId, CreatedAt = now });
        bookmark.PseudId = pseud.Id;
        bookmark.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : ResponseText.ToHtml(input.Notes);
        bookmark.Tags = tags.Count == 0 ? null : joined;
        bookmark.IsPrivate = input.IsPrivate;
        bookmark.IsRec = input.IsRec;
        bookmark.UpdatedAt = now;
        try { await db.SaveChangesAsync(ct); }
        // A second tab saving the first bookmark at the same moment: that one stands.
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.Entry(bookmark).State = EntityState.Detached; }
        await db.RecountBookmarksAsync([workId], ct);
        return null;
    }

    public async Task<bool> DeleteAsync(int workId, Reader reader, CancellationToken ct = default)
    {
        var deleted = await db.Bookmarks.Where(b => b.UserId == reader.UserId && b.WorkId == workId).ExecuteDeleteAsync(ct);
        await db.RecountBookmarksAsync([workId], ct);
        return deleted > 0;
    }
}
