using Encore.Search;

namespace Encore.Bench;

// `filter ... --calibrate`: what a facet walk costs per work and an exact count per unit on this machine, the ratio
// WorkIndex.WalkCost stands for. Every query whose facets could come either way runs both ways (fastest of three
// each), and a line is fitted to each: time = fixed + rate x amount.
public static class FilterCalibration
{
    public static void Run(WorkIndex index, IReadOnlyList<WorkQuery> queries)
    {
        var kept = index.WalkCost;
        var rows = new List<(long Works, double WalkMs, long Units, double BoundMs)>();
        foreach (var q in queries)
        {
            index.WalkCost = 0;
            var walk = Fastest(index, q);
            index.WalkCost = 1L << 40;
            var bound = Fastest(index, q);
            if (bound.FacetUnits > 0) rows.Add((walk.FacetWorks, Ms(walk), bound.FacetUnits, Ms(bound)));
        }
        index.WalkCost = kept;
        foreach (var r in rows.OrderBy(r => r.Works))
            Console.WriteLine($"  walk {r.Works,8:N0} works {r.WalkMs,6:N2} ms | bounds {r.Units,11:N0} units {r.BoundMs,6:N2} ms");
        if (rows.Count < 2) { Console.WriteLine($"calibrate: only {rows.Count} queries could take either path"); return; }
        var (walkFixed, walkRate) = Fit(rows.Select(r => ((double)r.Works, r.WalkMs)).ToList());
        var (boundFixed, boundRate) = Fit(rows.Select(r => ((double)r.Units, r.BoundMs)).ToList());
        var ratio = walkRate / boundRate;
        Console.WriteLine($"calibrate: {rows.Count} queries; walk {walkFixed:N3} ms + {walkRate * 1e6:N1} ns a work; " +
            $"bounds {boundFixed:N3} ms + {boundRate * 1e6:N3} ns a unit; a work walked = {ratio:N0} units (WalkCost is {kept})");
        foreach (var cost in new[] { kept, (long)ratio })
        {
            var chosen = rows.Select(r => r.Units <= r.Works * cost ? r.BoundMs : r.WalkMs).ToList();
            Console.WriteLine($"  with WalkCost {cost}: bounds on {rows.Count(r => r.Units <= r.Works * cost)} of {rows.Count}, " +
                $"facets {chosen.Sum():N1} ms in all, slowest {chosen.Max():N2} ms (always walking: {rows.Sum(r => r.WalkMs):N1} ms, " +
                $"slowest {rows.Max(r => r.WalkMs):N2}; always bounds: {rows.Sum(r => r.BoundMs):N1} ms, slowest {rows.Max(r => r.BoundMs):N2})");
        }
    }

    private static SearchTimings Fastest(WorkIndex index, WorkQuery q) =>
        Enumerable.Range(0, 3).Select(_ => { var t = new SearchTimings(); index.Search(q, t); return t; }).MinBy(Ms)!;

    private static double Ms(SearchTimings t) => SearchTimings.Ms(t.Facets + t.TopFacets);

    private static (double Fixed, double Rate) Fit(List<(double X, double Y)> points)
    {
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var rate = points.Sum(p => (p.X - mx) * (p.Y - my)) / Math.Max(1e-9, points.Sum(p => (p.X - mx) * (p.X - mx)));
        return (my - rate * mx, rate);
    }
}
