using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// An admin hides a work with a reason its creators see; it disappears for everyone else (PermittedTo). The callers
// check that the person is an admin.
public static class WorkHiding
{
    public const int MaxReasonLength = 1000;

    public static async Task<string?> HideAsync(EncoreDb db, int workId, string? reason, CancellationToken ct = default)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0) return "Give a reason: the work's creators will see it.";
        if (reason.Length > MaxReasonLength) return $"The reason can be at most {MaxReasonLength} characters long.";
        var changed = await db.Works.Where(w => w.Id == workId).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, reason), ct);
        return changed == 0 ? "There is no such work." : null;
    }

    public static async Task<string?> UnhideAsync(EncoreDb db, int workId, CancellationToken ct = default)
    {
        var changed = await db.Works.Where(w => w.Id == workId).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, (string?)null), ct);
        return changed == 0 ? "There is no such work." : null;
    }
}
