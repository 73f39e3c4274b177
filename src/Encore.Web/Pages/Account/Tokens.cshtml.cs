using System.ComponentModel.DataAnnotations;
using Encore.People;
using Encore.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Encore.Web.Pages.Account;

// /account/tokens: personal access tokens for e-reader apps (the OPDS catalog) and scripts (the JSON API). A new
// token is shown once, on the answer to the form that made it, and never stored: only its hash is.
[Authorize]
public sealed class TokensModel(AccessTokens tokens) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "Token name")] public string? Name { get; set; }
        [Display(Name = "Access")] public TokenScope Scope { get; set; } = TokenScope.Read;
    }

    [BindProperty] public Form Input { get; set; } = new();
    public IReadOnlyList<AccessToken> Tokens { get; private set; } = [];

    // The token just made, shown this once.
    public CreatedToken? Created { get; private set; }

    private string UserId => HttpContext.Reader().UserId!;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(UserId, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var (created, problem) = await tokens.CreateAsync(UserId, Input.Name, Input.Scope, ct);
        if (problem != null) ModelState.AddModelError("Input." + problem.Field, problem.Message);
        else
        {
            Created = created;
            // A fresh form for the next token (the posted values would otherwise fill it again).
            ModelState.Clear();
            Input = new Form();
            // The page holds the secret: no cache, no back-button copy.
            Response.Headers.CacheControl = "no-store";
        }
        Tokens = await tokens.ListAsync(UserId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        var revoked = await tokens.RevokeAsync(UserId, tokenId, ct);
        TempData["Message"] = revoked ? "The token is revoked: anything using it can no longer sign in." : "That token was already revoked.";
        return RedirectToPage();
    }

    public static string Shown(AccessToken token) => $"{AccessTokens.Prefix}{token.Key}_…";

    public static string ScopeText(TokenScope scope) => scope == TokenScope.Write ? "Read and write" : "Read only";
}
