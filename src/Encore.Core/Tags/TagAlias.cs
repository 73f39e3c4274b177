namespace Encore.Tags;

// Another name the text may use for a canonical tag: "Karen" and "Cartwright" for Karen Cartwright, "Derek/Karen"
// for Derek Wills/Karen Cartwright, "SMASH" for Smash (TV 2012). The text analyser matches these.
public class TagAlias
{
    public int Id { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = null!;
    public required string Alias { get; set; }
}
