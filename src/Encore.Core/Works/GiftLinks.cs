using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

// A gift "for" a name that is exactly one pseud on the archive links to that pseud, so the recipient's pages can
// list it. A name several people use, or nobody, stays a plain name.
internal static class GiftLinks
{
    public static async Task LinkAsync(EncoreDb db, Work work, CancellationToken ct)
    {
        foreach (var gift in work.Gifts.Where(g => g.RecipientPseudId == null))
        {
            var pseuds = await db.Pseuds.Where(p => p.Name == gift.RecipientName).Select(p => p.Id).Take(2).ToListAsync(ct);
            if (pseuds.Count == 1) gift.RecipientPseudId = pseuds[0];
        }
    }
}
