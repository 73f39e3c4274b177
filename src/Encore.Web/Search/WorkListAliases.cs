namespace Encore.Web.Search;

public static class WorkListAliases
{
    // AO3's addresses for a creator's works lead to Encore's creator pages, which list them with the filter.
    public static void MapWorkListAliases(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/{userName}/works", (string userName, HttpRequest request) =>
            Results.Redirect(Links.User(userName) + request.QueryString, permanent: true));
        app.MapGet("/users/{userName}/pseuds/{pseud}/works", (string userName, string pseud, HttpRequest request) =>
            Results.Redirect(Links.Pseud(userName, pseud) + request.QueryString, permanent: true));
    }
}
