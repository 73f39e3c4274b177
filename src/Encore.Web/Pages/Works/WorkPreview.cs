using Encore.Works;

namespace Encore.Web.Pages.Works;

public sealed record ChapterPreview(string? Title, string Html, int Words);

// A work about to be posted, rendered from exactly what would be stored: CreatorText sanitizes every HTML field.
public sealed record WorkPreview(NewWork Work, string? Summary, string? Notes, string? EndNotes, IReadOnlyList<ChapterPreview> Chapters)
{
    public static WorkPreview Of(NewWork work, bool detailsOnly) => new(
        work,
        CreatorText.ToHtml(work.Summary, TextFormat.Html),
        CreatorText.ToHtml(work.Notes, TextFormat.Html),
        CreatorText.ToHtml(work.EndNotes, TextFormat.Html),
        detailsOnly ? [] : work.Chapters.Select(c =>
        {
            var (html, words) = CreatorText.ToContent(c.Content, c.Format);
            return new ChapterPreview(c.Title, html, words);
        }).ToList());
}
