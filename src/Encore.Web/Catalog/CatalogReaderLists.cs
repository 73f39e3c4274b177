using Encore.Catalog;
using Encore.People;
using Encore.Search;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Catalog;

// The signed-in reader's own lists in the catalog: their bookmarks (private ones included: only they see this list)
// and Marked for Later. Both only hold works the reader may see, as the HTML pages do.
public sealed partial class CatalogLists
{
    public async Task<CatalogFeed> BookmarksAsync(Reader reader, CatalogView view, CancellationToken ct = default)
    {
        var userId = reader.UserId ?? throw new InvalidOperationException("Only a signed-in reader has bookmarks here.");
        var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName!).SingleAsync(ct);
        // Every bookmark, private ones included; the index leaves out what the reader may not see.
        var works = new WorkQuery { WorkIds = await db.Bookmarks.Where(b => b.UserId == userId).Select(b => b.WorkId).ToListAsync(ct) };
        return await ListAsync(new("bookmarks", "Your bookmarks", Links.User(userName) + "/bookmarks", null), reader, works, view,
            CatalogPaths.Bookmarks, facets: true, ct);
    }

    public async Task<CatalogFeed> LaterAsync(Reader reader, CatalogView view, CancellationToken ct = default)
    {
        var userId = reader.UserId ?? throw new InvalidOperationException("Only a signed-in reader has a Marked for Later list.");
        var works = new WorkQuery { WorkIds = await db.Readings.Where(r => r.UserId == userId && r.MarkedForLater).Select(r => r.WorkId).ToListAsync(ct) };
        return await ListAsync(new("later", "Marked for Later", "/account/later", null), reader, works, view, CatalogPaths.Later, facets: true, ct);
    }
}
