using System.ComponentModel.DataAnnotations;
using Encore.Data;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Encore.Web.Pages.Account;

// How pages look for this reader and what they would rather not see; saved on the user row and applied by the
// layout (classes on <body>) and the blurbs.
[Authorize]
public sealed class SettingsModel(EncoreDb db) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "Text size")] public int FontPercent { get; set; } = 100;
        [Display(Name = "Line width")] public LineWidth LineWidth { get; set; }
        [Display(Name = "Theme")] public Theme Theme { get; set; }
        [Display(Name = "Hide additional tags (they can give the story away); show them when I ask")] public bool HideAdditionalTags { get; set; }
        [Display(Name = "Also hide works whose text Encore flagged with a tag on my blocklist")] public bool BlockSuggestedTags { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public bool Saved { get; private set; }

    public void OnGet()
    {
        var s = HttpContext.Reader().Settings;
        Input = new Form
        {
            FontPercent = ReaderDisplay.FontStep(s.FontPercent), LineWidth = s.LineWidth, Theme = s.Theme,
            HideAdditionalTags = s.HideAdditionalTags, BlockSuggestedTags = s.BlockSuggestedTags,
        };
    }

    private void Refuse(string field, bool undefined, string message)
    {
        if (!undefined && ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid) return;
        ModelState.Remove(field);
        ModelState.AddModelError(field, message);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ReaderDisplay.FontSteps.Contains(Input.FontPercent))
            ModelState.AddModelError("Input.FontPercent", $"Choose one of the text sizes: {string.Join(", ", ReaderDisplay.FontSteps.Select(s => s + "%"))}.");
        // A value the binder could not read and a number outside the enum get the same plain message.
        Refuse("Input.LineWidth", !Enum.IsDefined(Input.LineWidth), "Choose narrow, medium or wide.");
        Refuse("Input.Theme", !Enum.IsDefined(Input.Theme), "Choose system, light or dark.");
        if (!ModelState.IsValid) return Page();

        var user = await db.Users.FirstAsync(u => u.Id == HttpContext.Reader().UserId, ct);
        user.Settings.FontPercent = Input.FontPercent;
        user.Settings.LineWidth = Input.LineWidth;
        user.Settings.Theme = Input.Theme;
        user.Settings.HideAdditionalTags = Input.HideAdditionalTags;
        user.Settings.BlockSuggestedTags = Input.BlockSuggestedTags;
        await db.SaveChangesAsync(ct);
        // Redirect so this very response already carries the new classes on <body> (the reader was loaded before).
        TempData["Saved"] = true;
        return RedirectToPage();
    }
}
