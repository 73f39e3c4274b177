using Encore.Data;
using Encore.People;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

/// <summary>What a reader may do with one work.</summary>
public enum WorkRole
{
    /// <summary>No such work, or one the reader may not see: answer as if it did not exist.</summary>
    Missing,
    /// <summary>The reader may read it but not change it (admins included: they hide works, they do not edit them).</summary>
    Reader,
    /// <summary>One of its accepted creators: may edit and delete it and its chapters.</summary>
    Creator,
}

public static class WorkAccess
{
    // An invited co-creator who has not accepted is not yet a creator, as on AO3.
    public static async Task<WorkRole> RoleAsync(EncoreDb db, Reader reader, int workId, CancellationToken ct = default)
    {
        var userId = reader.UserId;
        var found = await db.Works.PermittedTo(reader).Where(w => w.Id == workId)
            .Select(w => new { Creator = userId != null && w.Creators.Any(c => c.Pseud != null && c.Pseud.UserId == userId && !c.IsPending) })
            .FirstOrDefaultAsync(ct);
        return found == null ? WorkRole.Missing : found.Creator ? WorkRole.Creator : WorkRole.Reader;
    }

    public static Task<bool> IsCreatorAsync(EncoreDb db, string? userId, int workId, CancellationToken ct = default) =>
        db.Creatorships.AnyAsync(c => c.WorkId == workId && !c.IsPending && c.Pseud != null && c.Pseud.UserId == userId, ct);

    public static bool IsCreator(Work work, Reader reader) =>
        reader.UserId != null && work.Creators.Any(c => c.Pseud?.UserId == reader.UserId && !c.IsPending);
}
