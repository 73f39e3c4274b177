namespace Encore.Search;

public enum IndexChangeKind { Work = 1, Tags = 2 }

// One row of the change feed every node's search index tails. Database triggers write these in the same transaction
// as the change itself (IndexFeedModel lists them), so a bulk ExecuteUpdate, a cascade delete or a command-line
// import is recorded as surely as a SaveChanges. Rows are pruned after a day; a node that fell further behind
// rebuilds.
public class IndexChange
{
    public long Id { get; set; }
    public IndexChangeKind Kind { get; set; }

    // The work whose indexed rows changed (Kind Work), or the tag whose wrangling changed (Kind Tags).
    public int? WorkId { get; set; }
    public int? TagId { get; set; }
    public DateTime At { get; set; }

    // PostgreSQL only: the writing transaction's id, so a reader can tell which lower ids may still be uncommitted
    // (IndexFeed). SQLite has one writer at a time, so its ids commit in order and this stays null.
    public long? Tx { get; set; }
}
