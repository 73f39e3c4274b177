using Encore.Data;
using Encore.People;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Community;

public static class CommunityQueries
{
    // A work's creators as users, invited co-creators included: they may not leave kudos on it, their visits are
    // not hits, and they are never notified of their own updates.
    public static Task<List<string>> CreatorUserIdsAsync(this EncoreDb db, int workId, CancellationToken ct = default) =>
        db.Creatorships.Where(c => c.WorkId == workId && c.Pseud != null).Select(c => c.Pseud!.UserId).Distinct().ToListAsync(ct);

    // A work a reader may respond to (kudos, comment, bookmark): one they may open, and not a draft.
    public static Task<Work?> RespondableAsync(this EncoreDb db, int workId, Reader reader, CancellationToken ct = default) =>
        db.Works.PermittedTo(reader).Where(w => !w.IsDraft).FirstOrDefaultAsync(w => w.Id == workId, ct);
}
