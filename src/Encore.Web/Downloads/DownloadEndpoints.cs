using Encore.Data;
using Encore.Export;
using Encore.Web.Accounts;
using Microsoft.Net.Http.Headers;

namespace Encore.Web.Downloads;

// /works/{id}/download/{Title}.{format}: a work as an e-book, as AO3 offers it. The name before the extension is for
// the reader's eyes only (a link keeps working after a retitle). The work page's rules decide who may download it,
// and drafts and hidden works are never offered.
public static class DownloadEndpoints
{
    // A downloaded HTML file is meant for the reader's disk; should a browser render it from here anyway, it runs
    // sandboxed, with no script and the origin of nothing.
    private const string HtmlPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:";

    public static IEndpointRouteBuilder MapWorkDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/works/{id:int}/download/{fileName}", async (HttpContext http, EncoreDb db, WorkDownloads downloads, ILoggerFactory logs,
            int id, string fileName, CancellationToken ct) =>
        {
            if (!ExportFormats.TryParse(Path.GetExtension(fileName).TrimStart('.'), out var format) || !downloads.Offers(format))
                return Results.NotFound();
            var book = await WorkDownloads.LoadAsync(db, id, http.Reader(), DownloadServices.ArchiveLinks(http.Request), ct);
            if (book == null) return Results.NotFound();
            ExportFile file;
            try
            {
                file = await downloads.GetAsync(book, format, ct);
            }
            catch (ExportException e)
            {
                logs.CreateLogger(typeof(DownloadEndpoints)).LogError("Download of work {Id} as {Format} failed: {Message}", id, format, e.Message);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
            var headers = http.Response.Headers;
            headers.ContentDisposition = DownloadName.ContentDisposition(book.Title, book.WorkId, format);
            // Restricted works must not sit in shared caches; every reader revalidates (ETag) and gets 304 when unchanged.
            headers.CacheControl = "private, no-cache";
            if (format == ExportFormat.Html) headers.ContentSecurityPolicy = HtmlPolicy;
            return Results.File(file.Path, format.ContentType(), entityTag: new EntityTagHeaderValue($"\"{file.ETag}\""));
        });
        return app;
    }
}
