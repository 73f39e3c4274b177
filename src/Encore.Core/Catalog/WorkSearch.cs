using Encore.Search;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Catalog;

// What the catalog's search box (OpenSearch, OPDS 2 `query`) asks. An implementation narrows `works` to the matches;
// callers have already applied VisibleTo and apply the sort and paging afterwards, so a search never decides who
// sees what.
public interface IWorkSearch
{
    IQueryable<Work> Matching(IQueryable<Work> works, string query);
}

// The full-text index answers, with the same syntax and the same fields as the words box on /works/search: words,
// "phrases", prefix*, -exclusions and field terms over titles, creators, tags, summaries, notes and story text. The
// index only names the works that match; VisibleTo (the pages' rules: drafts, restricted and hidden works, the
// reader's mutes and blocklist) stays in the caller's query. The ids go as one array parameter: EF 10 would
// otherwise send a parameter per id, and a common word matches every work.
public sealed class TextIndexWorkSearch(IndexHost host) : IWorkSearch
{
    public IQueryable<Work> Matching(IQueryable<Work> works, string query)
    {
        var matches = host.Text.Match(query);
        var ids = matches.WorkIds;
        // A query of exclusions only names the works it rules out.
        return matches.HasRequired
            ? works.Where(w => EF.Parameter(ids).Contains(w.Id))
            : works.Where(w => !EF.Parameter(ids).Contains(w.Id));
    }
}
