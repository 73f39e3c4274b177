using Encore.Catalog;

namespace Encore.Web.Catalog;

public enum CatalogKind { Navigation, Acquisition }

// A path inside the catalog, the same in OPDS 1.2 and OPDS 2 ("tags/Smash%20%28TV%29?sort=kudos"; "" is the root).
// Each writer puts its own root in front, so one builder serves both catalogs and the two cannot drift apart.
public readonly record struct CatalogPath(string Value);

// One catalog page or feed, whatever it is written as: Atom (a plain feed, or OPDS 1.2) or OPDS 2 JSON.
public sealed record CatalogFeed(string Key, string Title, CatalogKind Kind, DateTime Updated, CatalogPath Self)
{
    // The same list as a web page (a site path), when there is one.
    public string? HtmlPage { get; init; }
    // The same list as a plain Atom feed (a site path), when there is one.
    public string? FeedPath { get; init; }
    public CatalogPath? Up { get; init; }
    public IReadOnlyList<CatalogLink> Navigation { get; init; } = [];
    public IReadOnlyList<FeedWork> Works { get; init; } = [];
    public CatalogPaging? Paging { get; init; }
    public IReadOnlyList<CatalogFacet> Facets { get; init; } = [];
}

// An entry of a navigation feed: where it leads, what kind of feed that is, and a relation such as sort/new.
public sealed record CatalogLink(string Key, string Title, CatalogPath Path, CatalogKind Kind, string Rel, string? Description = null);

public sealed record CatalogFacet(string Group, string Title, CatalogPath Path, bool Active, int? Count);

public sealed record CatalogPaging(int Page, int Pages, int Total, int PageSize, Func<int, CatalogPath> PathOf);

// Link relations and media types from the OPDS 1.2 specification.
public static class OpdsSpec
{
    public const string Navigation = "application/atom+xml;profile=opds-catalog;kind=navigation";
    public const string Acquisition = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    public const string Json = "application/opds+json";
    public const string OpenSearch = "application/opensearchdescription+xml";
    public const string SortNew = "http://opds-spec.org/sort/new";
    public const string SortPopular = "http://opds-spec.org/sort/popular";
    public const string Facet = "http://opds-spec.org/facet";
    public const string Subsection = "subsection";

    // Public works can be taken without any requirement ("open-access"); a restricted one needs an account, so it
    // gets the generic relation. Both begin with http://opds-spec.org/acquisition, which is what clients look for.
    public static string AcquisitionRel(bool restricted) =>
        restricted ? "http://opds-spec.org/acquisition" : "http://opds-spec.org/acquisition/open-access";

    public static string TypeOf(CatalogKind kind) => kind == CatalogKind.Navigation ? Navigation : Acquisition;

    // What a work can be downloaded as, in the order catalogs offer it.
    public static readonly (string Format, string Type, string Title)[] Downloads =
    [
        ("epub", "application/epub+zip", "EPUB"),
        ("html", "text/html", "HTML"),
    ];
}
