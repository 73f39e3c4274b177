using System.Diagnostics;

namespace Encore.Search;

// Where one WorkIndex.Search spent its time, in Stopwatch ticks, for the filter benchmark's slowest-query report:
// the result bitset (filters and ranges), counting every facet, choosing the shown facets, and the sorted page.
public sealed class SearchTimings
{
    public long Filter, Facets, TopFacets, Page;

    // The works the facet count walked: the result's, or those where it and the base tally it started from differ.
    public int FacetWorks;
    public long FacetUnits;   // exact counts' cost when the top facets came from bounds (WorkIndex.WalkCost's units)
    public string FacetBase = "";

    public void Clear()
    {
        Filter = Facets = TopFacets = Page = FacetUnits = 0;
        FacetWorks = 0;
        FacetBase = "";
    }

    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public override string ToString() =>
        $"filter {Ms(Filter):N2} / facets {Ms(Facets):N2} / top {Ms(TopFacets):N2} / page {Ms(Page):N2} ms " +
        $"(facets walked {FacetWorks:N0} works from {FacetBase})";
}
