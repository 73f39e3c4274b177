using Encore.Tags;

namespace Encore.Works;

// AO3's limits, checked before anything is written so a rejected work leaves no trace. The pieces run on their own
// too: editing checks a work's details without its chapters, and one chapter at a time.
public static class WorkRules
{
    public const int MaxUserTags = 75;
    public const int MaxChapters = 200;

    public static List<FieldProblem> Check(NewWork work)
    {
        var problems = CheckDetails(work);
        problems.AddRange(CheckChapterCount(work.Chapters.Count, work.ExpectedChapters));
        for (var i = 0; i < work.Chapters.Count; i++) problems.AddRange(CheckChapter(work.Chapters[i], i + 1));
        return problems;
    }

    // Everything but the chapters: title, notes, fixed tags and free tags.
    public static List<FieldProblem> CheckDetails(NewWork work)
    {
        var problems = new List<FieldProblem>();
        void Add(string field, string message) => problems.Add(new FieldProblem(field, message));

        var title = work.Title.Trim();
        if (title.Length == 0) Add("Title", "A work needs a title.");
        else if (title.Length > Work.MaxTitleLength) Add("Title", $"Titles can be at most {Work.MaxTitleLength} characters; this one has {title.Length}.");
        CheckLength(work.Summary, Work.MaxSummaryLength, "Summary", "Summary", problems);
        CheckLength(work.Notes, Work.MaxNotesLength, "Notes", "Notes", problems);
        CheckLength(work.EndNotes, Work.MaxNotesLength, "EndNotes", "End notes", problems);

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
        return problems;
    }

    // How many chapters a work may have, and the expected total it may declare (never fewer than it has).
    public static List<FieldProblem> CheckChapterCount(int chapters, int? expected)
    {
        var problems = new List<FieldProblem>();
        if (chapters == 0) problems.Add(new("Chapters", "A work needs at least one chapter."));
        if (chapters > MaxChapters) problems.Add(new("Chapters", $"A work can have at most {MaxChapters} chapters; this one has {chapters}."));
        if (expected < 1) problems.Add(new("ExpectedChapters", "Expected chapters must be at least 1 (or left unknown)."));
        else if (expected < chapters)
            problems.Add(new("ExpectedChapters", $"Expected chapters ({expected}) cannot be fewer than the chapters posted ({chapters})."));
        return problems;
    }

    public static List<FieldProblem> CheckChapter(NewChapter chapter, int position)
    {
        var problems = new List<FieldProblem>();
        var length = chapter.Content.Trim().Length;
        if (length < Chapter.MinContentLength)
            problems.Add(new("Content", $"Chapter {position} is too short: chapter text needs at least {Chapter.MinContentLength} characters."));
        if (length > Chapter.MaxContentLength)
            problems.Add(new("Content", $"Chapter {position} is too long: chapter text can be at most {Chapter.MaxContentLength:N0} characters (it has {length:N0}). Split it into more chapters."));
        if (chapter.Title?.Trim().Length > Work.MaxTitleLength)
            problems.Add(new("ChapterTitle", $"The title of chapter {position} is longer than {Work.MaxTitleLength} characters."));
        CheckLength(chapter.Summary, Work.MaxSummaryLength, "ChapterSummary", $"Chapter {position} summary", problems);
        CheckLength(chapter.Notes, Work.MaxNotesLength, "ChapterNotes", $"Chapter {position} notes", problems);
        CheckLength(chapter.EndNotes, Work.MaxNotesLength, "ChapterEndNotes", $"Chapter {position} end notes", problems);
        return problems;
    }

    private static void CheckLength(string? value, int max, string field, string label, List<FieldProblem> problems)
    {
        if (value?.Trim().Length > max)
            problems.Add(new(field, $"{label} can be at most {max:N0} characters; it has {value.Trim().Length:N0}."));
    }
}
