using Encore.Data;
using Encore.Import;
using Encore.Web.Accounts;
using Encore.Works;
using Microsoft.AspNetCore.Http.Features;

namespace Encore.Web.Api;

public sealed record ImportedDto(WorkDto Work, WorkReport Report);

// POST /api/v1/works/import: a raw post as the request body (text, HTML, an AO3 download, an EPUB), read by the same
// importer as `encore import` and the import page, and posted at once as the token owner's work under their default
// pseud (or saved as a draft with draft=true). What the importer could not find keeps its defaults ("Untitled",
// "Unknown Fandom"), as on the command line; the report says what was recovered.
public static class ImportEndpoint
{
    public static RouteGroupBuilder MapImport(this RouteGroupBuilder writes)
    {
        writes.MapPost("/works/import", ImportAsync)
            .WithName("ImportPost").WithSummary("Imports a raw story post (the request body) and posts it as your work.")
            .Accepts<string>("text/plain", "text/html", "application/epub+zip", "application/octet-stream")
            .Produces<ImportedDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return writes;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, EncoreDb db, CreatorPosting posting, TimeProvider clock,
        string? filename, string? fandom, bool? draft, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = PostReader.MaxFileBytes + 1;
        using var buffer = new MemoryStream();
        try { await http.Request.Body.CopyToAsync(buffer, ct); }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.Result(StatusCodes.Status413PayloadTooLarge, "The post is too large",
                $"Posts of up to {PostReader.MaxFileBytes / 1024 / 1024} MB can be imported.");
        }
        if (buffer.Length == 0) return ApiProblems.Validation([("body", "Send the post as the request body.")]);

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(filename) ? "post.txt" : filename.Trim());
        var context = await new Importer(db, clock, new ImportOptions(DryRun: true, Fandom: fandom)).ContextAsync(ct);
        var prepared = Importer.Prepare(name, buffer.ToArray(), context);
        if (prepared.Work == null || prepared.Report == null)
            return ApiProblems.Validation([("body", prepared.Error ?? "Encore could not read this post.")], "The post could not be imported; nothing was posted.");

        var problems = new List<(string, string)>();
        var pseuds = await PostingEndpoints.PseudIdsAsync(db, http.Reader().UserId!, null, problems, ct);
        var work = prepared.Work with { PseudIds = pseuds, ExternalCreators = [], IsDraft = draft == true, ImportSource = name };
        try
        {
            var posted = await posting.PostAsync(http.Reader().UserId!, work, [], ct);
            return await PostingEndpoints.CreatedAsync(http, db, posted.Id, ct, w => new ImportedDto(w, prepared.Report.WithId(posted.Id)));
        }
        catch (WorkRejectedException e)
        {
            return ApiProblems.Validation(e.Problems.Select(p => (ApiFields.Of(p.Field), p.Message)));
        }
    }
}
