using Encore.Data;
using Encore.Understanding;

namespace Encore.Works;

// Reads an edited work's text again. A suggestion the creator accepted or rejected keeps that decision (with evidence
// re-read from the new text, or as it was if the text no longer suggests it); undecided ones are replaced.
internal static class Reanalysis
{
    public static void Refresh(EncoreDb db, Work work, NewWork described, TextAnalyzer analyzer, DateTime now)
    {
        var fresh = Analysis.Of(analyzer, described).Select(s => Analysis.ToEntity(s, now))
            .DistinctBy(s => (s.Type, s.TagName.ToLowerInvariant())).ToList();
        foreach (var old in work.Suggestions.ToList())
        {
            var same = fresh.FirstOrDefault(s => s.Type == old.Type && string.Equals(s.TagName, old.TagName, StringComparison.OrdinalIgnoreCase));
            if (same == null)
            {
                if (old.Status != SuggestionStatus.Suggested) continue;
                work.Suggestions.Remove(old);
                db.WorkSuggestions.Remove(old);
                continue;
            }
            // Updated in place rather than deleted and added again: (work, type, name) is unique.
            fresh.Remove(same);
            old.Confidence = same.Confidence;
            old.Evidence = same.Evidence;
            if (old.Status == SuggestionStatus.Suggested) old.CreatedAt = now;
        }
        work.Suggestions.AddRange(fresh);
    }
}
