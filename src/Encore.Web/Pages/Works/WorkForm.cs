using System.ComponentModel.DataAnnotations;
using Encore.Tags;
using Encore.Text;
using Encore.Works;

namespace Encore.Web.Pages.Works;

// The posting form as typed: tag fields are comma-separated text (autocomplete is a <datalist>, so without
// JavaScript they are plain inputs). Converted to a NewWork for the rules and the posting service, and back for editing.
public sealed class WorkForm
{
    [Display(Name = "Work title")] public string? Title { get; set; } = "";
    [Display(Name = "Rating")] public string? Rating { get; set; } = "";
    [Display(Name = "Archive warnings")] public List<string> Warnings { get; set; } = [];
    [Display(Name = "Categories")] public List<string> Categories { get; set; } = [];
    [Display(Name = "Fandoms")] public string? Fandoms { get; set; } = "";
    [Display(Name = "Relationships")] public string? Relationships { get; set; } = "";
    [Display(Name = "Characters")] public string? Characters { get; set; } = "";
    [Display(Name = "Additional tags")] public string? AdditionalTags { get; set; } = "";
    [Display(Name = "Post as")] public List<int> PseudIds { get; set; } = [];
    [Display(Name = "Invite co-creators")] public string? CoCreators { get; set; } = "";
    [Display(Name = "Gift this work to")] public string? Gifts { get; set; } = "";
    [Display(Name = "Summary")] public string? Summary { get; set; }
    [Display(Name = "Notes at the beginning")] public string? Notes { get; set; }
    [Display(Name = "Notes at the end")] public string? EndNotes { get; set; }
    [Display(Name = "Language")] public string? Language { get; set; } = "en";
    [Display(Name = "Series")] public string? Series { get; set; }
    [Display(Name = "Or start a new series")] public string? NewSeries { get; set; }
    [Display(Name = "Expected chapters")] public int? ExpectedChapters { get; set; }
    [Display(Name = "This work is complete")] public bool Complete { get; set; }
    [Display(Name = "Only show this work to signed-in users")] public bool Restricted { get; set; }
    [Display(Name = "Text format")] public TextFormat Format { get; set; } = TextFormat.Html;
    public List<ChapterText> Chapters { get; set; } = [new()];
    public string? ImportSource { get; set; }

    // Tags Encore suggested from an imported text ("Character|Name"), offered as checkboxes; the ticked ones are
    // added to the work like tags the creator typed, and checked by the same rules.
    public List<string> Offered { get; set; } = [];
    public List<string> Chosen { get; set; } = [];

    public sealed class ChapterText
    {
        [Display(Name = "Chapter title")] public string? Title { get; set; }
        [Display(Name = "Work text")] public string? Content { get; set; } = "";
    }

    public NewWork ToNewWork(bool draft)
    {
        var chapters = Chapters.Select(c => new NewChapter { Title = c.Title, Content = c.Content ?? "", Format = Format }).ToList();
        return new NewWork
        {
            Title = Title ?? "",
            PseudIds = PseudIds,
            Rating = Rating ?? "",
            Categories = Categories,
            Fandoms = List(Fandoms, TagType.Fandom),
            Relationships = List(Relationships, TagType.Relationship),
            Characters = List(Characters, TagType.Character),
            AdditionalTags = List(AdditionalTags, TagType.Freeform),
            Warnings = [.. Warnings, .. ChosenOf(TagType.ArchiveWarning).Where(w => !Warnings.Contains(w))],
            Summary = Typed(Summary),
            Notes = Typed(Notes),
            EndNotes = Typed(EndNotes),
            Language = Language ?? "en",
            ExpectedChapters = Complete ? Math.Max(chapters.Count, ExistingChapters) : ExpectedChapters,
            Restricted = Restricted,
            IsDraft = draft,
            Gifts = List(Gifts),
            SeriesTitle = string.IsNullOrWhiteSpace(NewSeries) ? Series : NewSeries,
            ImportSource = string.IsNullOrWhiteSpace(ImportSource) ? null : ImportSource.Trim()[..Math.Min(ImportSource.Trim().Length, 255)],
            Chapters = chapters,
        };
    }

    // Editing changes details only; the work's chapter count decides what "complete" means.
    public int ExistingChapters { get; set; }

    public static WorkForm From(NewWork work, int chapterCount) => new()
    {
        Title = work.Title,
        Rating = work.Rating,
        Warnings = [.. work.Warnings],
        Categories = [.. work.Categories],
        Fandoms = Join(work.Fandoms),
        Relationships = Join(work.Relationships),
        Characters = Join(work.Characters),
        AdditionalTags = Join(work.AdditionalTags),
        Gifts = Join(work.Gifts),
        Summary = work.Summary,
        Notes = work.Notes,
        EndNotes = work.EndNotes,
        Language = work.Language,
        Series = work.SeriesTitle,
        ExpectedChapters = work.ExpectedChapters,
        Complete = work.ExpectedChapters == chapterCount,
        Restricted = work.Restricted,
        ImportSource = work.ImportSource,
        ExistingChapters = chapterCount,
        Chapters = work.Chapters.Select(c => new ChapterText { Title = c.Title, Content = c.Content }).ToList(),
    };

    // Summary and notes are stored as HTML; plain text typed there becomes paragraphs like the chapter text.
    private string? Typed(string? text) =>
        Format == TextFormat.PlainText && !string.IsNullOrWhiteSpace(text) ? PlainText.ToHtml(text) : text;

    public static string Offer(TagType type, string name) => $"{type}|{name}";

    private IEnumerable<string> ChosenOf(TagType type) =>
        Chosen.Where(Offered.Contains).Select(c => c.Split('|', 2)).Where(p => p.Length == 2 && p[0] == type.ToString()).Select(p => p[1]);

    private List<string> List(string? text, TagType type) => List(text).Concat(ChosenOf(type)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<string> List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Join(IEnumerable<string> names) => string.Join(", ", names);
}
