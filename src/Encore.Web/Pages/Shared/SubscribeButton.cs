using Encore.Community;
using Encore.Data;
using Encore.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages;

public sealed record SubscribeButton(bool Subscribed, int? SeriesId, string? CreatorName, string ReturnUrl)
{
    // Null for guests (no button) and on one's own user page.
    public static async Task<SubscribeButton?> ForAsync(HttpContext context, EncoreDb db, int? seriesId, string? creatorId, string? creatorName)
    {
        var userId = context.Reader().UserId;
        if (userId == null || userId == creatorId) return null;
        var target = new SubscriptionTarget(SeriesId: seriesId, CreatorId: creatorId);
        var subscribed = await target.Match(db.Subscriptions, userId).AnyAsync(context.RequestAborted);
        return new SubscribeButton(subscribed, seriesId, creatorName, context.Request.Path + context.Request.QueryString);
    }
}
