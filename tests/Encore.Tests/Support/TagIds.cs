using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Support;

// A tag's id by its name, for tests that wrangle or link tags they posted.
internal static class TagIds
{
    public static async Task<int> IdAsync(EncoreDb db, string name) =>
        await db.Tags.Where(t => t.NormalizedName == Tag.Normalize(name)).Select(t => t.Id).SingleAsync();
}
