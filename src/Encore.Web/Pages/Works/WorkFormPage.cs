using Encore.Data;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

// What the posting, editing and import-review pages share: the form, its choices, the preview, and putting each of
// AO3's rules' messages next to the field it is about.
public abstract class WorkFormPage(EncoreDb db) : PageModel
{
    protected EncoreDb Db => db;
    [BindProperty] public WorkForm Input { get; set; } = new();
    public FormChoices Choices { get; private set; } = null!;
    public WorkPreview? Preview { get; protected set; }

    // New works ask for chapter text and creators; an edit changes the details only.
    public virtual bool EditsDetailsOnly => false;

    protected string UserId => HttpContext.Reader().UserId!;

    protected async Task LoadChoicesAsync(CancellationToken ct) => Choices = await FormChoices.LoadAsync(db, UserId, ct);

    // Checks the form against AO3's rules; each problem goes next to its field. True when there are none.
    protected bool Check(NewWork work)
    {
        var problems = WorkRules.CheckDetails(work);
        if (string.IsNullOrWhiteSpace(work.Rating)) problems.RemoveAll(p => p.Field == "Rating");
        var chapterCount = EditsDetailsOnly ? Input.ExistingChapters : work.Chapters.Count;
        problems.AddRange(WorkRules.CheckChapterCount(chapterCount, work.ExpectedChapters));
        Show(problems);
        if (string.IsNullOrWhiteSpace(work.Rating)) ModelState.AddModelError("Input.Rating", "Choose a rating.");
        if (!EditsDetailsOnly)
            for (var i = 0; i < work.Chapters.Count; i++)
                Show(WorkRules.CheckChapter(work.Chapters[i], i + 1), $"Input.Chapters[{i}].");
        return ModelState.IsValid;
    }

    protected void Show(IEnumerable<FieldProblem> problems, string chapterPrefix = "Input.Chapters[0].")
    {
        foreach (var p in problems) ModelState.AddModelError(KeyOf(p.Field, chapterPrefix), p.Message);
    }

    private static string KeyOf(string field, string chapterPrefix) => field switch
    {
        "Additional Tags" or "Tags" => "Input.AdditionalTags",
        "Content" or "Chapters" => chapterPrefix + "Content",
        "ChapterTitle" => chapterPrefix + "Title",
        "SeriesTitle" => "Input.Series",
        _ => "Input." + field,
    };

    // Posts (or saves as a draft) what the form holds: to the work's suggestions when Encore has some, else to the work.
    protected async Task<IActionResult> PostWorkAsync(CreatorPosting posting, bool draft, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var work = Input.ToNewWork(draft);
        if (!Check(work)) return Page();
        try
        {
            var coCreators = (Input.CoCreators ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var posted = await posting.PostAsync(UserId, work, coCreators, ct);
            var review = await SuggestionReview.OpenAsync(db, posted.Id, ct);
            return Redirect(review.Count > 0 ? $"{Links.Work(posted.Id)}/suggestions?posted=1" : Links.Work(posted.Id));
        }
        catch (WorkRejectedException e)
        {
            Show(e.Problems);
            return Page();
        }
    }

    // The work as it will look, each field through the same sanitizer posting uses.
    protected IActionResult ShowPreview(NewWork work)
    {
        if (Check(work)) Preview = WorkPreview.Of(work, EditsDetailsOnly);
        return Page();
    }
}
