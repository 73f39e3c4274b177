using Encore.Data;
using Encore.Text;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

// The "about me" text on a user's page: creator HTML, sanitized like every HTML field.
public static class Profiles
{
    public const int MaxLength = 2000;

    public static async Task<string?> SaveAsync(EncoreDb db, string userId, string? text, CancellationToken ct = default)
    {
        text = text?.Trim() ?? "";
        if (text.Length > MaxLength) return $"A profile can be at most {MaxLength} characters long (this one has {text.Length}).";
        var html = text.Length == 0 ? null : CreatorHtml.Sanitize(text, allowClass: false);
        if (string.IsNullOrWhiteSpace(html)) html = null;
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Profile, html), ct);
        return null;
    }
}
