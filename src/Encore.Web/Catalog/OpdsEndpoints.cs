using Encore.Web.Accounts;

namespace Encore.Web.Catalog;

// The catalog twice over: OPDS 1.2 (Atom) under /opds and OPDS 2.0 (JSON) under /opds/v2, with the same paths below
// each root, built by the same services and told apart only by the writer. Every list is for HttpContext.Reader():
// a guest today; once personal access tokens exist, HTTP Basic authentication only has to sign the reader in.
public static class OpdsEndpoints
{
    private sealed record Format(string Root, Func<CatalogFeed, FeedContext, byte[]> Write, Func<CatalogKind, string> ContentType);

    private static readonly Format Opds1 = new(Links.OpdsRoot, AtomWriter.Opds, kind => OpdsSpec.TypeOf(kind) + ";charset=utf-8");
    private static readonly Format Opds2 = new(Links.Opds2Root, Opds2Writer.Write, _ => OpdsSpec.Json + ";charset=utf-8");

    public static IEndpointRouteBuilder MapOpds(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup(Links.Opds2Root), Opds2);
        Map(app.MapGroup(Links.OpdsRoot), Opds1);
        app.MapGet(Links.OpdsRoot + "/search.xml", (HttpContext http) =>
            Results.Bytes(OpenSearchDescription.Write(FeedContext.For(http.Request)), OpdsSpec.OpenSearch + ";charset=utf-8"));
        return app;
    }

    private static void Map(RouteGroupBuilder catalog, Format format)
    {
        catalog.MapGet("", async (HttpContext http, CatalogNavigation navigation, CancellationToken ct) =>
            Send(http, format, await navigation.RootAsync(http.Reader(), ct)));
        catalog.MapGet("/fandoms", async (HttpContext http, CatalogNavigation navigation, CancellationToken ct) =>
            Send(http, format, await navigation.MediaAsync(http.Reader(), ct)));
        catalog.MapGet("/fandoms/{medium}", async (HttpContext http, CatalogNavigation navigation, string medium, CancellationToken ct) =>
            Send(http, format, await navigation.FandomsAsync(http.Reader(), medium, ct)));

        catalog.MapGet("/works", async (HttpContext http, CatalogLists lists, string? sort, string? status, int? page, CancellationToken ct) =>
            Send(http, format, await lists.WorksAsync(http.Reader(), CatalogView.From(sort, status, page), ct: ct)));
        catalog.MapGet("/search", async (HttpContext http, CatalogLists lists, string? query, string? sort, string? status, int? page, CancellationToken ct) =>
            Send(http, format, await lists.SearchAsync(http.Reader(), query ?? "", CatalogView.From(sort, status, page), ct)));
        catalog.MapGet("/tags/{name}", async (HttpContext http, CatalogLists lists, string name, string? sort, string? status, int? page,
            CancellationToken ct) =>
        {
            var view = CatalogView.From(sort, status, page);
            return await lists.TagAsync(http.Reader(), name, view, ct: ct) switch
            {
                (_, { } canonical) => Results.Redirect(format.Root + "/" + CatalogPaths.Tag(canonical, view).Value, permanent: true),
                (var feed, _) => Send(http, format, feed),
            };
        });
        catalog.MapGet("/users/{userName}", async (HttpContext http, CatalogLists lists, string userName, string? sort, string? status, int? page,
            CancellationToken ct) =>
            Send(http, format, await lists.UserAsync(http.Reader(), userName, null, CatalogView.From(sort, status, page), ct: ct)));
        catalog.MapGet("/users/{userName}/pseuds/{pseud}", async (HttpContext http, CatalogLists lists, string userName, string pseud,
            string? sort, string? status, int? page, CancellationToken ct) =>
            Send(http, format, await lists.UserAsync(http.Reader(), userName, pseud, CatalogView.From(sort, status, page), ct: ct)));
        catalog.MapGet("/authors/{name}", async (HttpContext http, CatalogLists lists, string name, string? sort, string? status, int? page,
            CancellationToken ct) =>
            Send(http, format, await lists.AuthorAsync(http.Reader(), name, CatalogView.From(sort, status, page), ct: ct)));
        catalog.MapGet("/series/{id:int}", async (HttpContext http, CatalogLists lists, int id, int? page, CancellationToken ct) =>
            Send(http, format, await lists.SeriesAsync(http.Reader(), id, CatalogView.From(null, null, page), readingOrder: true, ct)));
    }

    private static IResult Send(HttpContext http, Format format, CatalogFeed? feed) => feed == null
        ? Results.NotFound()
        : FeedResponse.Send(http, format.Write(feed, FeedContext.For(http.Request)), format.ContentType(feed.Kind), feed.Updated);
}
