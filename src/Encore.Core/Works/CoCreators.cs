using Encore.Community;
using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

public sealed record Invitation(int CreatorshipId, int WorkId, string WorkTitle, string PseudName, DateTime InvitedAt);

/// <summary>
/// Co-creators, as on AO3: a creator names another user, who is invited (a pending creatorship and an inbox item)
/// and joins the byline only on accepting. Declining removes the invitation.
/// </summary>
public static class CoCreators
{
    // The default pseud of each named user; unknown names, and the poster's own, become problems on the form.
    internal static async Task<List<int>> FindAsync(EncoreDb db, string userId, IReadOnlyList<string> names, List<FieldProblem> problems, CancellationToken ct)
    {
        var pseuds = new List<int>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var user = await db.Users.Where(u => u.NormalizedUserName == name.ToUpperInvariant()).Select(u => u.Id).FirstOrDefaultAsync(ct);
            if (user == null) problems.Add(new("CoCreators", $"There is no user named \"{name}\" to invite as a co-creator."));
            else if (user == userId) problems.Add(new("CoCreators", "You are already a creator of this work: name other people as co-creators."));
            else pseuds.Add((await People.UserAccounts.DefaultPseudAsync(db, user, ct)).Id);
        }
        return pseuds;
    }

    internal static void Invite(EncoreDb db, Work work, IReadOnlyList<int> pseudIds, DateTime now)
    {
        foreach (var pseudId in pseudIds)
        {
            work.Creators.Add(new Creatorship { PseudId = pseudId, Position = work.Creators.Count, IsPending = true });
            var userId = db.Pseuds.Where(p => p.Id == pseudId).Select(p => p.UserId).First();
            db.Inbox.Add(new InboxItem { UserId = userId, Kind = InboxKind.CoCreatorInvitation, Work = work, CreatedAt = now });
        }
    }

    // Invites more co-creators to a posted work (from its edit page). Names that are unknown, the inviter's own, or
    // already creators (accepted or invited) are problems; nothing is saved unless every name is good.
    public static async Task<IReadOnlyList<FieldProblem>> InviteAsync(
        EncoreDb db, string userId, int workId, IReadOnlyList<string> names, TimeProvider clock, CancellationToken ct = default)
    {
        var problems = new List<FieldProblem>();
        var pseuds = await FindAsync(db, userId, names, problems, ct);
        if (pseuds.Count == 0 && problems.Count == 0) problems.Add(new("CoCreators", "Name at least one user to invite."));
        var work = await db.Works.Include(w => w.Creators).ThenInclude(c => c.Pseud).FirstAsync(w => w.Id == workId, ct);
        var invitedUsers = await db.Pseuds.Where(p => pseuds.Contains(p.Id)).Select(p => p.UserId).ToListAsync(ct);
        foreach (var taken in work.Creators.Where(c => c.Pseud != null && invitedUsers.Contains(c.Pseud.UserId)))
            problems.Add(new("CoCreators", $"{taken.Pseud!.Name} is already {(taken.IsPending ? "invited" : "a creator of this work")}."));
        if (problems.Count > 0) return problems;
        Invite(db, work, pseuds, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public static Task<List<Invitation>> PendingAsync(EncoreDb db, string userId, CancellationToken ct = default) =>
        db.Creatorships.Where(c => c.IsPending && c.Pseud != null && c.Pseud.UserId == userId)
            .OrderByDescending(c => c.Id)
            .Select(c => new Invitation(c.Id, c.WorkId, c.Work.Title, c.Pseud!.Name,
                db.Inbox.Where(i => i.WorkId == c.WorkId && i.UserId == userId && i.Kind == InboxKind.CoCreatorInvitation)
                    .Select(i => i.CreatedAt).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>Accepts or declines one of the user's own invitations; false when there is no such invitation.</summary>
    public static async Task<bool> AnswerAsync(EncoreDb db, string userId, int creatorshipId, bool accept, TimeProvider clock, CancellationToken ct = default)
    {
        var invitation = await db.Creatorships
            .FirstOrDefaultAsync(c => c.Id == creatorshipId && c.IsPending && c.Pseud != null && c.Pseud.UserId == userId, ct);
        if (invitation == null) return false;
        if (accept) invitation.IsPending = false;
        else db.Creatorships.Remove(invitation);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Inbox.Where(i => i.WorkId == invitation.WorkId && i.UserId == userId && i.Kind == InboxKind.CoCreatorInvitation && i.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReadAt, now), ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
