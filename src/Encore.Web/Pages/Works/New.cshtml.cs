using Encore.Data;
using Encore.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Encore.Web.Pages.Works;

// /works/new: AO3's posting form. "Preview" shows the work as it will look above the same form; "Post" and
// "Save as draft" post it. A rejected form comes back with everything typed and each problem by its field.
[Authorize]
public sealed class NewModel(EncoreDb db, CreatorPosting posting) : WorkFormPage(db)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Input.PseudIds = Choices.Pseuds.Where(p => p.IsDefault).Select(p => p.Id).Take(1).ToList();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        return ShowPreview(Input.ToNewWork(draft: false));
    }

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => PostWorkAsync(posting, draft: false, ct);

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct) => PostWorkAsync(posting, draft: true, ct);
}
