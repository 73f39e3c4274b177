namespace Encore.Web.Pages;

// Page links for a list: first, last and two either side of the current page, with gaps (0) between.
public sealed record Pager(int Page, int TotalPages, Func<int, string> Url)
{
    public const int PageSize = 20;

    public IEnumerable<int> Window()
    {
        var shown = new SortedSet<int> { 1, TotalPages };
        for (var p = Math.Max(1, Page - 2); p <= Math.Min(TotalPages, Page + 2); p++) shown.Add(p);
        var previous = 0;
        foreach (var p in shown)
        {
            if (previous != 0 && p > previous + 1) yield return 0;
            yield return p;
            previous = p;
        }
    }

    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    // Adds or replaces ?page= in a path that may already have a query string.
    public static Func<int, string> QueryUrl(string path) => page =>
    {
        if (page == 1) return path;
        return path + (path.Contains('?') ? "&" : "?") + "page=" + page;
    };
}
