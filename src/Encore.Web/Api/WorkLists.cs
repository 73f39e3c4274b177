using System.Globalization;
using Encore.Data;
using Encore.Search;
using Encore.Tags;
using Encore.Web.Accounts;
using Encore.Web.Search;

namespace Encore.Web.Api;

// A filtered work list for the API: the same binder, resolver, search index and visibility as the HTML lists
// (FilteredListLoader), answered as JSON. Where a page shows a message beside a field it could not read and applies
// the rest, the API refuses the request with a problem naming each field, so a script never gets a list it did not ask for.
public sealed record WorkListRun(WorkListPage Page, ResolvedFilter Resolved, int PageSize, FacetsDto Facets, string Filter, string Html)
{
    public int Pages => WorkListSearch.Pages(Page.Result.Total, PageSize);

    // With words to search for (q): what the search made of them, and passages of each listed work.
    public SearchDto? Search => Page.Result.Text is not { } text ? null : new SearchDto(text.Notes,
        Page.Snippets.Select(s => new WorkSnippetsDto(s.Key, s.Value.Select(SnippetDto.From).ToList())).OrderBy(s => Order(s.WorkId)).ToList());

    private int Order(int workId) => Page.Works.ToList().FindIndex(w => w.Id == workId);
}

public static class WorkLists
{
    public const int DefaultPageSize = 20, MaxPageSize = 100, DefaultFacets = 10, MaxFacets = 100;

    public static async Task<(WorkListRun? Run, IResult? Problem)> RunAsync(HttpContext http, EncoreDb db, WorkListScope scope, string htmlPath,
        CancellationToken ct)
    {
        var reader = http.Reader();
        var bound = FilterBinder.Parse(http.Request.Query);
        var problems = bound.Errors.Select(e => (e.Key, e.Value)).ToList();
        var pageSize = Number(http, "per_page", DefaultPageSize, 1, MaxPageSize, problems);
        var facets = Number(http, "facets", DefaultFacets, 0, MaxFacets, problems);
        var host = http.RequestServices.GetRequiredService<IndexHost>();
        var resolved = await WorkFilterResolver.ResolveAsync(db, host.Tags, bound.Filter, reader, scope, ct);
        problems.AddRange(resolved.Problems.Select(p => (p.Field, p.Message)));
        if (problems.Count > 0) return (null, ApiProblems.Validation(problems, "The filter has problems; fix them and ask again."));

        var page = await WorkListSearch.RunAsync(db, host, resolved.Query with { PageSize = pageSize, FacetsPerType = facets },
            lastPageWhenPast: false, snippets: true, ct);
        var result = page.Result;
        var fixedTypes = new[] { TagType.Rating, TagType.ArchiveWarning, TagType.Category };
        var names = await host.Tags.NamesAsync(db,
            fixedTypes.SelectMany(t => result.AllFacets(t)).Concat(FilterUrl.ListedTypes.SelectMany(t => result.Facets[t])).Select(f => f.TagId), ct);
        string Name(int id) => names.GetValueOrDefault(id) ?? $"#{id}";
        List<FacetDto> Fixed(TagType type, string[] order)
        {
            var counts = result.AllFacets(type).ToDictionary(f => Name(f.TagId), f => f.Count);
            return order.Select(n => new FacetDto(n, counts.GetValueOrDefault(n))).ToList();
        }
        List<FacetDto> Top(TagType type) => result.Facets[type].Select(f => new FacetDto(Name(f.TagId), f.Count)).ToList();
        var facetsDto = new FacetsDto(Fixed(TagType.Rating, FixedTags.Ratings), Fixed(TagType.ArchiveWarning, FixedTags.Warnings),
            Fixed(TagType.Category, FixedTags.Categories), Top(TagType.Fandom), Top(TagType.Relationship), Top(TagType.Character), Top(TagType.Freeform));
        return (new WorkListRun(page, resolved, pageSize, facetsDto, FilterUrl.Query(resolved.Filter with { Page = 1 }).TrimStart('?'),
            Origin(http) + htmlPath + FilterUrl.Query(resolved.Filter)), null);
    }

    public static async Task<IResult> WorksAsync(HttpContext http, EncoreDb db, WorkListScope scope, string htmlPath, CancellationToken ct)
    {
        var (run, problem) = await RunAsync(http, db, scope, htmlPath, ct);
        if (run == null) return problem!;
        var origin = Origin(http);
        return TypedResults.Ok(new WorkListDto(run.Page.Result.Total, run.Page.Page, run.PageSize, run.Pages, run.Filter, run.Html,
            run.Page.Works.Select(w => WorkSummaryDto.From(w, origin)).ToList(), run.Facets) { Search = run.Search });
    }

    public static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static int Number(HttpContext http, string key, int fallback, int min, int max, List<(string, string)> problems)
    {
        var text = http.Request.Query[key].LastOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (text == null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        problems.Add((key, $"Give a whole number from {min} to {max}."));
        return fallback;
    }
}
