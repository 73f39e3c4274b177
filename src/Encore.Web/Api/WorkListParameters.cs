using Microsoft.AspNetCore.Mvc;

namespace Encore.Web.Api;

// The query string of every work list, named as the HTML lists name it (README, "Finding works"), plus the API's
// page size and facet count. Declared for the OpenAPI document; the values are read by the same FilterBinder the
// pages use, so both accept exactly the same filters. All strings, so a value that cannot be read gets a problem
// naming its field rather than a bare 400.
public sealed class WorkListParameters
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "include")] public string[]? Include { get; set; }
    [FromQuery(Name = "exclude")] public string[]? Exclude { get; set; }
    [FromQuery(Name = "rating")] public string[]? Rating { get; set; }
    [FromQuery(Name = "warning")] public string[]? Warning { get; set; }
    [FromQuery(Name = "category")] public string[]? Category { get; set; }
    [FromQuery(Name = "complete")] public string? Complete { get; set; }
    [FromQuery(Name = "crossover")] public string? Crossover { get; set; }
    [FromQuery(Name = "single_chapter")] public string? SingleChapter { get; set; }
    [FromQuery(Name = "words_from")] public string? WordsFrom { get; set; }
    [FromQuery(Name = "words_to")] public string? WordsTo { get; set; }
    [FromQuery(Name = "updated_from")] public string? UpdatedFrom { get; set; }
    [FromQuery(Name = "updated_to")] public string? UpdatedTo { get; set; }
    [FromQuery(Name = "language")] public string? Language { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "dir")] public string? Dir { get; set; }
    [FromQuery(Name = "page")] public string? Page { get; set; }
    [FromQuery(Name = "per_page")] public string? PerPage { get; set; }
    [FromQuery(Name = "facets")] public string? Facets { get; set; }
}
