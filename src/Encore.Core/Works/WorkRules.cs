using Encore.Tags;

namespace Encore.Works;

// AO3's limits, checked before anything is written so a rejected work leaves no trace.
public static class WorkRules
{
    public const int MaxUserTags = 75;
    public const int MaxChapters = 200;

    public static List<FieldProblem> Check(NewWork work)
    {
        var problems = new List<FieldProblem>();
        void Add(string field, string message) => problems.Add(new FieldProblem(field, message));

        var title = work.Title.Trim();
        if (title.Length == 0) Add("Title", "A work needs a title.");
        else if (title.Length > Work.MaxTitleLength) Add("Title", $"Titles can be at most {Work.MaxTitleLength} characters; this one has {title.Length}.");
        CheckLength(work.Summary, Work.MaxSummaryLength, "Summary", problems);
        CheckLength(work.Notes, Work.MaxNotesLength, "Notes", problems);
        CheckLength(work.EndNotes, Work.MaxNotesLength, "EndNotes", problems);

        if (!FixedTags.Ratings.Contains(work.Rating, StringComparer.OrdinalIgnoreCase))
            Add("Rating", $"\"{work.Rating}\" is not a rating. Choose one of: {string.Join(", ", FixedTags.Ratings)}.");
        if (work.Warnings.Count == 0) Add("Warnings", "Choose at least one archive warning.");
        foreach (var w in work.Warnings.Where(w => !FixedTags.Warnings.Contains(w, StringComparer.OrdinalIgnoreCase)))
            Add("Warnings", $"\"{w}\" is not an archive warning.");
        foreach (var c in work.Categories.Where(c => !FixedTags.Categories.Contains(c, StringComparer.OrdinalIgnoreCase)))
            Add("Categories", $"\"{c}\" is not a category.");

        if (work.Fandoms.Count == 0) Add("Fandoms", "A work needs at least one fandom.");
        var freeTags = work.FreeTags.ToList();
        if (freeTags.Count > MaxUserTags) Add("Tags", $"A work can have at most {MaxUserTags} fandom, relationship, character and additional tags; this one has {freeTags.Count}.");
        foreach (var (type, name) in freeTags)
            if (TagName.Problem(name) is { } problem) Add(type.Plural(), problem);

        if (work.Chapters.Count == 0) Add("Chapters", "A work needs at least one chapter.");
        if (work.Chapters.Count > MaxChapters) Add("Chapters", $"A work can have at most {MaxChapters} chapters; this one has {work.Chapters.Count}.");
        if (work.ExpectedChapters is { } expected && expected < work.Chapters.Count)
            Add("ExpectedChapters", $"Expected chapters ({expected}) cannot be fewer than the chapters posted ({work.Chapters.Count}).");
        for (var i = 0; i < work.Chapters.Count; i++) CheckChapter(work.Chapters[i], i + 1, problems);
        return problems;
    }

    private static void CheckChapter(NewChapter chapter, int position, List<FieldProblem> problems)
    {
        var length = chapter.Content.Trim().Length;
        if (length < Chapter.MinContentLength)
            problems.Add(new("Content", $"Chapter {position} is too short: chapter text needs at least {Chapter.MinContentLength} characters."));
        if (length > Chapter.MaxContentLength)
            problems.Add(new("Content", $"Chapter {position} is too long: chapter text can be at most {Chapter.MaxContentLength:N0} characters (it has {length:N0}). Split it into more chapters."));
        if (chapter.Title?.Trim().Length > Work.MaxTitleLength)
            problems.Add(new("ChapterTitle", $"The title of chapter {position} is longer than {Work.MaxTitleLength} characters."));
        CheckLength(chapter.Summary, Work.MaxSummaryLength, $"Chapter {position} summary", problems);
        CheckLength(chapter.Notes, Work.MaxNotesLength, $"Chapter {position} notes", problems);
        CheckLength(chapter.EndNotes, Work.MaxNotesLength, $"Chapter {position} end notes", problems);
    }

    private static void CheckLength(string? value, int max, string field, List<FieldProblem> problems)
    {
        if (value?.Trim().Length > max)
            problems.Add(new(field, $"{field} can be at most {max:N0} characters; it has {value.Trim().Length:N0}."));
    }
}
