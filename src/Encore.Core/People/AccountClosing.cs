using Encore.Community;
using Encore.Data;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

public enum WorksOnClose { Orphan, Delete }

// Deleting an account. The creator chooses what happens to their works: orphaned (kept, credited to AO3's
// "orphan_account") or deleted. A work with other creators stays theirs either way. One transaction.
public static class AccountClosing
{
    public static async Task CloseAsync(EncoreDb db, string userId, WorksOnClose choice, TimeProvider clock, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pseudIds = await db.Pseuds.Where(p => p.UserId == userId).Select(p => p.Id).ToListAsync(ct);
        var creatorships = await db.Creatorships.Where(c => c.PseudId != null && pseudIds.Contains(c.PseudId.Value)).ToListAsync(ct);
        var workIds = creatorships.Select(c => c.WorkId).Distinct().ToList();
        var shared = await db.Creatorships
            .Where(c => workIds.Contains(c.WorkId) && !c.IsPending && (c.PseudId == null || !pseudIds.Contains(c.PseudId.Value)))
            .Select(c => c.WorkId).Distinct().ToListAsync(ct);

        Pseud? orphan = choice == WorksOnClose.Orphan ? await OrphanPseudAsync(db, clock, ct) : null;
        foreach (var c in creatorships)
        {
            if (shared.Contains(c.WorkId) || c.IsPending) db.Creatorships.Remove(c);
            else if (orphan != null) c.PseudId = orphan.Id;
        }
        await db.SaveChangesAsync(ct);
        if (choice == WorksOnClose.Delete)
        {
            var own = workIds.Except(shared).ToList();
            await db.Works.Where(w => own.Contains(w.Id)).ExecuteDeleteAsync(ct);
        }

        // Kudos and bookmarks leave with the account; the counters on the works they were for follow.
        var kudosWorks = await db.Kudos.Where(k => k.UserId == userId).Select(k => k.WorkId).ToListAsync(ct);
        var bookmarkWorks = await db.Bookmarks.Where(b => b.UserId == userId).Select(b => b.WorkId).ToListAsync(ct);
        await db.Kudos.Where(k => k.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Bookmarks.Where(b => b.UserId == userId).ExecuteDeleteAsync(ct);
        await db.RecountKudosAsync(kudosWorks, ct);
        await db.RecountBookmarksAsync(bookmarkWorks, ct);

        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<Pseud> OrphanPseudAsync(EncoreDb db, TimeProvider clock, CancellationToken ct)
    {
        var existing = await db.Pseuds.FirstOrDefaultAsync(p => p.User.UserName == User.OrphanAccount, ct);
        if (existing != null) return existing;
        var user = new User
        {
            UserName = User.OrphanAccount, NormalizedUserName = User.OrphanAccount.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var pseud = new Pseud { UserId = user.Id, User = user, Name = User.OrphanAccount, IsDefault = true };
        db.Users.Add(user);
        db.Pseuds.Add(pseud);
        await db.SaveChangesAsync(ct);
        return pseud;
    }
}
