using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Encore.Tags;
using Encore.Text;
using Encore.Works;

namespace Encore.Import;

// The "work" object of `encore import --json`, and the NewWork the importer posts. Both come from one ParsedPost,
// so what is reported is what is stored.
public sealed record WorkReport(
    int? Id, string Title, IReadOnlyList<string> Creators, string? Published, IReadOnlyList<string> Fandoms,
    IReadOnlyList<string> Relationships, IReadOnlyList<string> Characters, string Rating, IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Categories, IReadOnlyList<string> AdditionalTags, string? Summary, string? Notes, string? EndNotes,
    IReadOnlyList<string> Gifts, string? Series, bool Complete, int Words, string Language, IReadOnlyList<ChapterReport> Chapters,
    IReadOnlyDictionary<string, string> PostMetadata)
{
    // Tags Encore suggests from the text (encore analyze, and import when it analyses); never the creator's word.
    public IReadOnlyList<Understanding.Suggestion>? Suggestions { get; init; }

    public WorkReport WithId(int? id) => this with { Id = id };
}

public sealed record ChapterReport(string? Title, int Words);

public static class ImportMapping
{
    public static (NewWork Work, WorkReport Report, string Hash) Map(ParsedPost post, string sourceName)
    {
        var chapters = post.Chapters.Select(c =>
        {
            var (content, count) = CreatorHtml.SanitizeAndCount(c.Html);
            return new NewChapter
            {
                Title = Shorten(c.Title, Work.MaxTitleLength),
                Summary = Html(c.Summary),
                Notes = Html(c.Notes),
                EndNotes = Html(c.EndNotes),
                Content = content,
                SanitizedWords = count,
            };
        }).ToList();
        var words = chapters.Select(c => c.SanitizedWords!.Value).ToList();

        var warnings = post.Warnings.Count > 0 ? post.Warnings.ToList() : [FixedTags.ChoseNotToWarn];
        var work = new NewWork
        {
            Title = Shorten(post.Title, Work.MaxTitleLength) ?? ParsedPost.Untitled,
            ExternalCreators = post.Creators.Select(c => Shorten(c, 255)!).ToList(),
            Rating = post.Rating ?? FixedTags.NotRated,
            Warnings = warnings,
            Categories = post.Categories.Where(c => FixedTags.Categories.Contains(c)).ToList(),
            Fandoms = Tags(post.Fandoms),
            Relationships = Tags(post.Relationships),
            Characters = Tags(post.Characters),
            AdditionalTags = Tags(post.AdditionalTags.Where(t => !post.Categories.Contains(t))),
            Summary = Html(post.SummaryHtml) ?? Html(Paragraphs(post.Summary is null ? [] : [post.Summary])),
            Notes = Html(Join(post.NotesHtml, post.Notes)),
            EndNotes = Html(Join(post.EndNotesHtml, post.EndNotes)),
            Language = post.Language ?? "en",
            ExpectedChapters = post.Complete == true ? chapters.Count : post.ExpectedChapters,
            PublishedAt = post.Published,
            Gifts = post.Gifts.ToList(),
            SeriesTitle = post.SeriesTitle,
            ImportSource = sourceName,
            Chapters = chapters,
        };
        var report = new WorkReport(
            null, work.Title, work.ExternalCreators, post.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            work.Fandoms, work.Relationships, work.Characters, work.Rating, work.Warnings, work.Categories, work.AdditionalTags,
            work.Summary, work.Notes, work.EndNotes, work.Gifts, work.SeriesTitle, post.Complete == true, words.Sum(), work.Language,
            chapters.Select((c, i) => new ChapterReport(c.Title, words[i])).ToList(), post.PostMetadata);
        return (work, report, Hash(work));
    }

    // The same story, however it was encoded or line-ended, hashes the same: title and sanitized chapter text.
    private static string Hash(NewWork work)
    {
        var text = new StringBuilder(work.Title);
        foreach (var c in work.Chapters) text.Append('\u0001').Append(c.Title).Append('\u0002').Append(c.Content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Join(List<string> html, List<string> text)
    {
        var parts = html.Where(h => h.Trim().Length > 0).ToList();
        if (text.Count > 0) parts.Add(Paragraphs(text));
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private static string Paragraphs(IEnumerable<string> texts) => Block.ToHtml(texts.Where(t => t.Trim().Length > 0).Select(t => Block.Paragraph(t.Trim())));

    private static string? Html(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var clean = CreatorHtml.Sanitize(html);
        return clean.Length == 0 ? null : clean;
    }

    // Posts name tags freely; AO3 refuses some characters in tag names and a work may carry 75 user tags. Those
    // characters become spaces and the list is cut to fit, rather than refusing the whole post.
    private static List<string> Tags(IEnumerable<string> names) =>
        names.Select(n => TagName.CollapseSpaces(new string(n.Select(c => ",^*<>{}=`\\%".Contains(c) ? ' ' : c).ToArray())))
            .Select(n => Shorten(n, Tag.MaxNameLength)!).Where(n => n.Length > 0).DistinctBy(Tag.Normalize).Take(WorkRules.MaxUserTags / 4).ToList();

    private static string? Shorten(string? s, int max) => s == null ? null : s.Length <= max ? s : s[..(max - 1)] + "…";
}
