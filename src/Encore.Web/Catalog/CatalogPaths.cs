using Encore.Catalog;
using Encore.Tags;

namespace Encore.Web.Catalog;

// How an acquisition feed is sorted, narrowed and paged, as it appears in the query string (defaults left out, so
// each view has one address).
public sealed record CatalogView(FeedSort Sort = FeedSort.Updated, FeedStatus Status = FeedStatus.All, int Page = 1)
{
    // Past this a page number can only be a mistake or a probe; capping it keeps the offset arithmetic in range.
    public const int MaxPage = 100_000;

    public static CatalogView From(string? sort, string? status, int? page) => new(
        sort == "kudos" ? FeedSort.Kudos : FeedSort.Updated,
        status switch { "complete" => FeedStatus.Complete, "in-progress" => FeedStatus.InProgress, _ => FeedStatus.All },
        Math.Clamp(page ?? 1, 1, MaxPage));

    public IEnumerable<(string Name, string Value)> Query()
    {
        if (Sort == FeedSort.Kudos) yield return ("sort", "kudos");
        if (Status != FeedStatus.All) yield return ("status", Status == FeedStatus.Complete ? "complete" : "in-progress");
        if (Page > 1) yield return ("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

// Every address inside the catalog. The writers prefix Links.OpdsRoot or Links.Opds2Root.
public static class CatalogPaths
{
    public static readonly CatalogPath Root = new("");
    public static readonly CatalogPath Fandoms = new("fandoms");
    public static readonly CatalogPath SearchDescription = new("search.xml");

    public static CatalogPath Works(CatalogView view) => With("works", view);
    public static CatalogPath Media(string name) => new($"fandoms/{TagUrl.Escape(name)}");
    public static CatalogPath Tag(string name, CatalogView? view = null) => With($"tags/{TagUrl.Escape(name)}", view);
    public static CatalogPath User(string userName, CatalogView? view = null) => With($"users/{Uri.EscapeDataString(userName)}", view);
    public static CatalogPath Pseud(string userName, string pseud, CatalogView? view = null) =>
        With($"users/{Uri.EscapeDataString(userName)}/pseuds/{Uri.EscapeDataString(pseud)}", view);
    public static CatalogPath Author(string name, CatalogView? view = null) => With($"authors/{Uri.EscapeDataString(name)}", view);
    public static CatalogPath Series(int id, CatalogView? view = null) => With($"series/{id}", view);
    public static CatalogPath Search(string query, CatalogView? view = null) => With("search", view, ("query", query));

    // A creator's works in the catalog, as bylines name them.
    public static CatalogPath Creator(Works.CreatorName c) =>
        c.UserName == null ? Author(c.Name) : c.Name == c.UserName ? User(c.UserName) : Pseud(c.UserName, c.Name);

    private static CatalogPath With(string path, CatalogView? view, params (string Name, string Value)[] first)
    {
        var query = first.Concat(view?.Query() ?? []).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}").ToList();
        return new(query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
    }
}
