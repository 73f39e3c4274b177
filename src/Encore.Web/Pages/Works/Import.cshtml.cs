using Encore.Data;
using Encore.Import;
using Encore.Tags;
using Encore.Works;
using Encore.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Works;

// /works/import: upload a raw post (text, HTML, AO3 download, EPUB); the importer reads it without saving anything,
// and what it recovered fills the posting form for the user to correct. From there on the form carries every field
// (the upload is not kept) and is checked like any posting; the work is the user's, credited to their pseud.
[Authorize]
[RequestSizeLimit(PostReader.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PostReader.MaxFileBytes + 1024 * 1024)]
public sealed class ImportModel(EncoreDb database, CreatorPosting posting, TimeProvider clock) : WorkFormPage(database)
{
    public WorkReport? Report { get; private set; }

    // The work this same post already became (by the importer's content hash), when it has been imported before.
    public int? AlreadyImportedAs { get; private set; }
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        ModelState.Clear();  // the posting form is not being submitted yet
        var problem = upload switch
        {
            null => "Choose a file to import.",
            { Length: 0 } => "The file is empty.",
            { Length: > PostReader.MaxFileBytes } => $"The file is {upload.Length / 1024 / 1024} MB; posts of up to {PostReader.MaxFileBytes / 1024 / 1024} MB can be imported.",
            _ => null,
        };
        if (problem != null) return Refuse(problem);

        using var buffer = new MemoryStream();
        await upload!.CopyToAsync(buffer, ct);
        var name = Path.GetFileName(upload.FileName);
        var context = await new Importer(Db, clock, new ImportOptions(DryRun: true)).ContextAsync(ct);
        var prepared = Importer.Prepare(name, buffer.ToArray(), context);
        if (prepared.Work == null || prepared.Report == null) return Refuse(prepared.Error ?? "Encore could not read this file.");

        Report = prepared.Report;
        if (prepared.Hash != null)
            AlreadyImportedAs = await Db.ImportedPosts.Where(p => p.ContentHash == prepared.Hash && Db.Works.PermittedTo(HttpContext.Reader()).Any(w => w.Id == p.WorkId))
                .Select(p => (int?)p.WorkId).FirstOrDefaultAsync(ct);
        Notes = ImportNotes.Of(prepared.Report);
        Input = WorkForm.From(prepared.Work with
        {
            Fandoms = prepared.Work.Fandoms.Where(f => f != ParsedPost.UnknownFandom).ToList(),
            Title = prepared.Work.Title == ParsedPost.Untitled ? "" : prepared.Work.Title,
        }, prepared.Work.Chapters.Count);
        Input.ExistingChapters = 0;  // a new work: "complete" counts the chapters in the form
        Input.Format = TextFormat.Html;  // the importer's text is already HTML
        Input.ImportSource = name;
        Input.PseudIds = Choices.Pseuds.Where(p => p.IsDefault).Select(p => p.Id).Take(1).ToList();
        Input.Offered = (prepared.Report.Suggestions ?? []).Select(ImportNotes.Offer).OfType<string>().Distinct().ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        return ShowPreview(Input.ToNewWork(draft: false));
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => PostWorkAsync(posting, draft: false, ct);

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => PostWorkAsync(posting, draft: true, ct);

    private PageResult Refuse(string problem)
    {
        ModelState.AddModelError("upload", problem);
        return Page();
    }

    // Whether the posting form is showing (after an upload, or a preview or rejected post of one).
    public bool Reviewing => Report != null || Request.Method == "POST" && Input.Chapters.Any(c => !string.IsNullOrEmpty(c.Content));
}

// What the review page tells the user about the importer's guesses.
public static class ImportNotes
{
    public static List<string> Of(WorkReport report)
    {
        var notes = new List<string>();
        if (report.Title == ParsedPost.Untitled) notes.Add("No title was found: give the work one.");
        if (report.Fandoms.Contains(ParsedPost.UnknownFandom)) notes.Add("No fandom was found: name at least one.");
        if (report.Creators.Count > 0) notes.Add($"The post names {string.Join(", ", report.Creators)} as its author. It will be posted as yours, under the pseud you choose.");
        if (report.Rating == FixedTags.NotRated) notes.Add("No rating was found, so it is \"Not Rated\": choose one if you can.");
        if (report.Warnings.SequenceEqual([FixedTags.ChoseNotToWarn])) notes.Add("No archive warnings were found, so it says \"Creator Chose Not To Use Archive Warnings\".");
        return notes;
    }

    public static string? Offer(Understanding.Suggestion s) => s.Type switch
    {
        Understanding.Suggestion.Fandom => WorkForm.Offer(TagType.Fandom, s.Tag),
        Understanding.Suggestion.Character => WorkForm.Offer(TagType.Character, s.Tag),
        Understanding.Suggestion.Relationship => WorkForm.Offer(TagType.Relationship, s.Tag),
        Understanding.Suggestion.Warning => WorkForm.Offer(TagType.ArchiveWarning, s.Tag),
        Understanding.Suggestion.Content => WorkForm.Offer(TagType.Freeform, s.Tag),
        _ => null,  // a rating is the creator's call, chosen above
    };
}
