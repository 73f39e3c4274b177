using Encore.Data;
using Encore.People;
using Encore.Works;

namespace Encore.Web.Api;

public static class ApiAccess
{
    // As the posting pages answer (CreatorOnly): a work the reader may not see is missing (404), so drafts and hidden
    // works do not reveal that they exist; someone else's visible work is 403.
    public static async Task<IResult?> RefuseUnlessCreatorAsync(EncoreDb db, Reader reader, int workId, CancellationToken ct) =>
        await WorkAccess.RoleAsync(db, reader, workId, ct) switch
        {
            WorkRole.Creator => null,
            WorkRole.Missing => ApiProblems.NotFound($"There is no work {workId}, or not one you may see."),
            _ => ApiProblems.Forbidden("Only the work's creators can change it."),
        };
}
