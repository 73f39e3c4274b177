using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Tags;

// AO3 links tags both as /tags/NAME and /tags/NAME/works; the works list is the useful page for both.
public sealed class ShowModel : PageModel
{
    public IActionResult OnGet(string name) => Redirect($"/tags/{Uri.EscapeDataString(name)}/works");
}
