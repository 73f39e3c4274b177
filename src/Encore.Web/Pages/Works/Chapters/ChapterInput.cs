using System.ComponentModel.DataAnnotations;
using Encore.Works;

namespace Encore.Web.Pages.Works.Chapters;

// One chapter's form: AO3's chapter fields, typed as rich text or plain text.
public sealed class ChapterInput
{
    [Display(Name = "Chapter title")] public string? Title { get; set; }
    [Display(Name = "Chapter summary")] public string? Summary { get; set; }
    [Display(Name = "Notes at the beginning")] public string? Notes { get; set; }
    [Display(Name = "Notes at the end")] public string? EndNotes { get; set; }
    [Display(Name = "Chapter text")] public string? Content { get; set; } = "";
    [Display(Name = "Text format")] public TextFormat Format { get; set; } = TextFormat.Html;
    [Display(Name = "Expected chapters")] public int? ExpectedChapters { get; set; }

    public NewChapter ToNewChapter() => new()
    {
        Title = Title, Summary = Summary, Notes = Notes, EndNotes = EndNotes, Content = Content ?? "", Format = Format,
    };

    public static ChapterInput From(Chapter c) => new()
    {
        Title = c.Title, Summary = c.Summary, Notes = c.Notes, EndNotes = c.EndNotes, Content = c.Content,
    };

    // Each rule's field named as this form names it.
    public static string KeyOf(string field) => field switch
    {
        "ChapterTitle" => "Input.Title",
        "ChapterSummary" => "Input.Summary",
        "ChapterNotes" => "Input.Notes",
        "ChapterEndNotes" => "Input.EndNotes",
        "Chapters" or "Position" => "Input.Content",
        _ => "Input." + field,
    };
}
