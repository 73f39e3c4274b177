using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Works;

/// <summary>
/// A creator's answer to one of Encore's suggestions. Accepting adds the tag to the work through the same rules as
/// editing it (so the 75-tag limit and tag-name rules hold) and marks the suggestion accepted in the same save;
/// rejecting marks it rejected, and it is no longer shown. Whether the person is a creator is the caller's check.
/// </summary>
public sealed class SuggestionReview(EncoreDb db, TimeProvider clock)
{
    public static Task<List<WorkSuggestion>> OpenAsync(EncoreDb db, int workId, CancellationToken ct = default) =>
        db.WorkSuggestions.AsNoTracking().Where(s => s.WorkId == workId && s.Status == SuggestionStatus.Suggested)
            .OrderBy(s => s.Type).ThenByDescending(s => s.Confidence).ToListAsync(ct);

    /// <summary>False when the work has no such undecided suggestion; throws WorkRejectedException when the tag cannot be added.</summary>
    public async Task<bool> DecideAsync(int workId, int suggestionId, bool accept, CancellationToken ct = default)
    {
        var suggestion = await db.WorkSuggestions
            .FirstOrDefaultAsync(s => s.Id == suggestionId && s.WorkId == workId && s.Status == SuggestionStatus.Suggested, ct);
        if (suggestion == null) return false;
        if (!accept)
        {
            suggestion.Status = SuggestionStatus.Rejected;
            await db.SaveChangesAsync(ct);
            return true;
        }
        var editing = new WorkEditing(db, clock);
        var work = await editing.LoadAsync(workId, ct);
        if (work == null) return false;
        suggestion.Status = SuggestionStatus.Accepted;   // saved by UpdateAsync together with the new tag
        await editing.UpdateAsync(workId, WithTag(work, suggestion.Type, suggestion.TagName), ct);
        return true;
    }

    private static NewWork WithTag(NewWork work, TagType type, string name) => type switch
    {
        TagType.Rating => work with { Rating = name },
        // A real warning contradicts "No Archive Warnings Apply".
        TagType.ArchiveWarning => work with { Warnings = [.. work.Warnings.Where(w => w != FixedTags.NoWarningsApply), name] },
        TagType.Category => work with { Categories = [.. work.Categories, name] },
        TagType.Fandom => work with { Fandoms = [.. work.Fandoms, name] },
        TagType.Relationship => work with { Relationships = [.. work.Relationships, name] },
        TagType.Character => work with { Characters = [.. work.Characters, name] },
        _ => work with { AdditionalTags = [.. work.AdditionalTags, name] },
    };
}
