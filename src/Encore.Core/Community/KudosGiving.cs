using Encore.Data;
using Encore.People;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

public enum KudosResult { Left, AlreadyLeft, OwnWork, NotFound }

// Kudos: once per signed-in user, once per guest address (as its keyed hash), never on one's own work.
public sealed class KudosGiving(EncoreDb db, TimeProvider clock)
{
    public async Task<KudosResult> LeaveAsync(int workId, Reader reader, string guestKey, CancellationToken ct = default)
    {
        if (await db.RespondableAsync(workId, reader, ct) == null) return KudosResult.NotFound;
        if (reader.SignedIn && (await db.CreatorUserIdsAsync(workId, ct)).Contains(reader.UserId!)) return KudosResult.OwnWork;
        var already = reader.SignedIn
            ? db.Kudos.AnyAsync(k => k.WorkId == workId && k.UserId == reader.UserId, ct)
            : db.Kudos.AnyAsync(k => k.WorkId == workId && k.UserId == null && k.GuestKey == guestKey, ct);
        if (await already) return KudosResult.AlreadyLeft;

        var kudos = new Kudos { WorkId = workId, UserId = reader.UserId, GuestKey = reader.SignedIn ? null : guestKey, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Kudos.Add(kudos);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.Entry(kudos).State = EntityState.Detached;
            return KudosResult.AlreadyLeft;
        }
        await db.RecountKudosAsync([workId], ct);
        return KudosResult.Left;
    }

    public static string Message(KudosResult result) => result switch
    {
        KudosResult.Left => "Thank you for leaving kudos!",
        KudosResult.AlreadyLeft => "You have already left kudos here. :)",
        KudosResult.OwnWork => "You can't leave kudos on your own work.",
        _ => "This work could not be found.",
    };

    // The users who left kudos (oldest first, as AO3 lists them) and how many guests did.
    public static async Task<(List<string> UserNames, int Guests)> GiversAsync(EncoreDb db, int workId, CancellationToken ct = default)
    {
        var names = await db.Kudos.Where(k => k.WorkId == workId && k.UserId != null)
            .OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).Select(k => k.User!.UserName!).ToListAsync(ct);
        var guests = await db.Kudos.CountAsync(k => k.WorkId == workId && k.UserId == null, ct);
        return (names, guests);
    }
}
