using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Status;

// Shown for error status codes (re-executed by UseStatusCodePagesWithReExecute), keeping the original code.
public sealed class IndexModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Page not found", "We could not find that page. The work, chapter or tag may have been deleted, or the address may be mistyped."),
            403 => ("Not allowed", "You do not have permission to see this page."),
            _ => ($"Error {code}", "Something went wrong with that request."),
        };
        // Reached directly (/Status/404) it should still answer with the code it describes.
        if (code is >= 400 and < 600) Response.StatusCode = code;
    }
}
