using Encore.Web.Accounts;

namespace Encore.Web.Catalog;

// Atom feeds beside the lists they follow: every work, a tag (a fandom is a tag), a creator, a series. Each is page
// one of the catalog's list for the same works, newest update first, for whoever is reading (a guest unless the
// request signs someone in).
public static class FeedEndpoints
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/works/feed.atom", async (HttpContext http, CatalogLists lists, CancellationToken ct) =>
            Atom(http, await lists.WorksAsync(http.Reader(), new(), facets: false, ct)));

        // A synonym's feed moves for good to its canonical tag's, as its page does.
        app.MapGet("/tags/{name}/feed.atom", async (HttpContext http, CatalogLists lists, string name, CancellationToken ct) =>
            await lists.TagAsync(http.Reader(), name, new(), facets: false, ct) switch
            {
                (_, { } canonical) => Results.Redirect(Links.TagFeed(canonical), permanent: true),
                ({ } feed, _) => Atom(http, feed),
                _ => Results.NotFound(),
            });

        app.MapGet("/users/{userName}/works/feed.atom", async (HttpContext http, CatalogLists lists, string userName, CancellationToken ct) =>
            await lists.UserAsync(http.Reader(), userName, null, new(), facets: false, ct) is { } feed
                ? Atom(http, feed) : Results.NotFound());

        app.MapGet("/users/{userName}/pseuds/{pseud}/works/feed.atom", async (HttpContext http, CatalogLists lists, string userName, string pseud,
            CancellationToken ct) =>
            await lists.UserAsync(http.Reader(), userName, pseud, new(), facets: false, ct) is { } feed
                ? Atom(http, feed) : Results.NotFound());

        app.MapGet("/authors/{name}/works/feed.atom", async (HttpContext http, CatalogLists lists, string name, CancellationToken ct) =>
            await lists.AuthorAsync(http.Reader(), name, new(), facets: false, ct) is { } feed
                ? Atom(http, feed) : Results.NotFound());

        app.MapGet("/series/{id:int}/feed.atom", async (HttpContext http, CatalogLists lists, int id, CancellationToken ct) =>
            await lists.SeriesAsync(http.Reader(), id, new(), readingOrder: false, ct) is { } feed
                ? Atom(http, feed) : Results.NotFound());
        return app;
    }

    private static IResult Atom(HttpContext http, CatalogFeed feed) =>
        FeedResponse.Send(http, AtomWriter.Feed(feed, FeedContext.For(http.Request), feed.FeedPath!), ContentType, feed.Updated);
}
