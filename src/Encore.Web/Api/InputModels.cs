using Encore.Tags;
using Encore.Works;

namespace Encore.Web.Api;

// What a script sends to post. Every field is optional in the JSON so that a missing one is a problem named after
// it, not a body that cannot be read. Defaults are AO3's: "Not Rated", "Creator Chose Not To Use Archive Warnings",
// English, posted under the default pseud.
public sealed record ChapterInput
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    public string? EndNotes { get; init; }
    public string? Content { get; init; }

    /// <summary>"html" (the default: creator HTML, sanitized) or "text" (plain text: blank lines make paragraphs).</summary>
    public string? Format { get; init; }

    /// <summary>Adding a chapter only: the work's expected chapter count. Left out, a work with a planned count keeps it
    /// (one more if it was complete) and an open one stays "?", as the chapter form proposes.</summary>
    public int? ExpectedChapters { get; init; }

    public NewChapter ToNewChapter() => new()
    {
        Title = Title, Summary = Summary, Notes = Notes, EndNotes = EndNotes, Content = Content ?? "",
        Format = Format?.Trim().ToLowerInvariant() is "text" or "plain" ? TextFormat.PlainText : TextFormat.Html,
    };

    public IEnumerable<(string Field, string Message)> FormatProblem(string prefix) =>
        Format == null || Format.Trim().ToLowerInvariant() is "html" or "text" or "plain"
            ? [] : [(prefix + "format", "Choose \"html\" or \"text\".")];
}

public sealed record WorkInput
{
    public string? Title { get; init; }
    public IReadOnlyList<string>? Pseuds { get; init; }
    public IReadOnlyList<string>? CoCreators { get; init; }
    public string? Rating { get; init; }
    public IReadOnlyList<string>? Warnings { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public IReadOnlyList<string>? Fandoms { get; init; }
    public IReadOnlyList<string>? Relationships { get; init; }
    public IReadOnlyList<string>? Characters { get; init; }
    public IReadOnlyList<string>? AdditionalTags { get; init; }
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    public string? EndNotes { get; init; }
    public string? Language { get; init; }
    public int? ExpectedChapters { get; init; }
    public bool Restricted { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string>? Gifts { get; init; }
    public string? Series { get; init; }
    public IReadOnlyList<ChapterInput>? Chapters { get; init; }

    public NewWork ToNewWork(IReadOnlyList<int> pseudIds) => new()
    {
        Title = Title ?? "",
        PseudIds = pseudIds,
        Rating = string.IsNullOrWhiteSpace(Rating) ? FixedTags.NotRated : Rating.Trim(),
        Warnings = Warnings is { Count: > 0 } w ? Clean(w) : [FixedTags.ChoseNotToWarn],
        Categories = Clean(Categories), Fandoms = Clean(Fandoms), Relationships = Clean(Relationships), Characters = Clean(Characters),
        AdditionalTags = Clean(AdditionalTags),
        Summary = Summary, Notes = Notes, EndNotes = EndNotes,
        Language = string.IsNullOrWhiteSpace(Language) ? "en" : Language.Trim(),
        ExpectedChapters = ExpectedChapters, Restricted = Restricted, IsDraft = Draft,
        Gifts = Clean(Gifts), SeriesTitle = string.IsNullOrWhiteSpace(Series) ? null : Series.Trim(),
        Chapters = (Chapters ?? []).Select(c => (c ?? new ChapterInput()).ToNewChapter()).ToList(),
    };

    private static List<string> Clean(IReadOnlyList<string>? names) =>
        (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => TagName.CollapseSpaces(n.Trim())).ToList();
}

public sealed record CommentInput
{
    /// <summary>The chapter commented on; left out, the work's first chapter.</summary>
    public int? ChapterId { get; init; }
    /// <summary>The comment replied to, if any.</summary>
    public int? ParentId { get; init; }
    public string? Text { get; init; }
    /// <summary>One of your pseuds' names; left out, your default pseud.</summary>
    public string? Pseud { get; init; }
}

public sealed record BookmarkInput
{
    public string? Notes { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public bool Private { get; init; }
    public bool Rec { get; init; }
    /// <summary>One of your pseuds' names; left out, your default pseud.</summary>
    public string? Pseud { get; init; }
}
