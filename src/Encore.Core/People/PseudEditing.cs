using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// A user's pseuds: add, rename, choose the default, delete. Every method answers with a problem to show, or null.
// As on AO3 the pseud carrying the user name stays (it is how the user's page links their works), and the
// default pseud cannot be deleted: works and bookmarks of a deleted pseud move to the default one.
public static class PseudEditing
{
    public const int MaxPseuds = 100;

    public static async Task<string?> AddAsync(EncoreDb db, string userId, string? name, CancellationToken ct = default)
    {
        name = name?.Trim() ?? "";
        if (await NameProblemAsync(db, userId, name, null, ct) is { } problem) return problem;
        if (await db.Pseuds.CountAsync(p => p.UserId == userId, ct) >= MaxPseuds) return $"You can have at most {MaxPseuds} pseuds.";
        db.Pseuds.Add(new Pseud { UserId = userId, Name = name });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> RenameAsync(EncoreDb db, string userId, int pseudId, string? name, CancellationToken ct = default)
    {
        name = name?.Trim() ?? "";
        var pseud = await db.Pseuds.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == pseudId && p.UserId == userId, ct);
        if (pseud == null) return "That pseud is not one of yours.";
        if (pseud.Name == pseud.User.UserName) return "The pseud with your user name cannot be renamed.";
        if (await NameProblemAsync(db, userId, name, pseudId, ct) is { } problem) return problem;
        pseud.Name = name;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<string?> MakeDefaultAsync(EncoreDb db, string userId, int pseudId, CancellationToken ct = default)
    {
        if (!await db.Pseuds.AnyAsync(p => p.Id == pseudId && p.UserId == userId, ct)) return "That pseud is not one of yours.";
        await db.Pseuds.Where(p => p.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsDefault, p => p.Id == pseudId), ct);
        return null;
    }

    public static async Task<string?> DeleteAsync(EncoreDb db, string userId, int pseudId, CancellationToken ct = default)
    {
        var pseud = await db.Pseuds.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == pseudId && p.UserId == userId, ct);
        if (pseud == null) return "That pseud is not one of yours.";
        if (pseud.IsDefault) return "Your default pseud cannot be deleted. Make another pseud the default first.";
        if (pseud.Name == pseud.User.UserName) return "The pseud with your user name cannot be deleted.";
        var target = await UserAccounts.DefaultPseudAsync(db, userId, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A work already credited to the default pseud keeps that one credit.
        var credited = db.Creatorships.Where(c => c.PseudId == target.Id).Select(c => c.WorkId);
        await db.Creatorships.Where(c => c.PseudId == pseudId && credited.Contains(c.WorkId)).ExecuteDeleteAsync(ct);
        await db.Creatorships.Where(c => c.PseudId == pseudId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PseudId, target.Id), ct);
        await db.Bookmarks.Where(b => b.PseudId == pseudId).ExecuteUpdateAsync(s => s.SetProperty(b => b.PseudId, target.Id), ct);
        await db.Comments.Where(c => c.PseudId == pseudId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PseudId, target.Id), ct);
        await Search.FeedAnnouncement.AnnounceAsync(db.Works.Where(w => w.Gifts.Any(g => g.RecipientPseudId == pseudId)), ct);
        await db.Gifts.Where(g => g.RecipientPseudId == pseudId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RecipientPseudId, target.Id).SetProperty(g => g.RecipientName, target.Name), ct);
        await db.Pseuds.Where(p => p.Id == pseudId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }

    private static async Task<string?> NameProblemAsync(EncoreDb db, string userId, string name, int? except, CancellationToken ct)
    {
        if (UserNames.PseudProblem(name) is { } problem) return problem;
        // SQLite compares case-sensitively and PostgreSQL too; names differing only in case would confuse readers.
        var lower = name.ToLowerInvariant();
        if (await db.Pseuds.AnyAsync(p => p.UserId == userId && p.Id != except && p.Name.ToLower() == lower, ct))
            return $"You already have a pseud called \"{name}\".";
        return null;
    }
}
