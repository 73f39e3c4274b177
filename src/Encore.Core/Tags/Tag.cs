namespace Encore.Tags;

public class Tag
{
    public const int MaxNameLength = 150;

    public int Id { get; set; }
    public TagType Type { get; set; }
    public required string Name { get; set; }

    // Names are unique archive-wide regardless of case, as on AO3; the lower-cased copy carries the unique index
    // so the rule holds the same way on SQLite and PostgreSQL.
    public required string NormalizedName { get; set; }

    // Canonical tags appear in filters; a synonym points at its canonical tag through MergerId.
    public bool Canonical { get; set; }
    public int? MergerId { get; set; }
    public Tag? Merger { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<TagParent> ParentLinks { get; set; } = [];
    public List<TagParent> ChildLinks { get; set; } = [];

    public static string Normalize(string name) => name.Trim().ToLowerInvariant();
}

// A character, relationship or freeform belongs to fandoms; a fandom belongs to media ("TV Shows").
public class TagParent
{
    public int ChildId { get; set; }
    public Tag Child { get; set; } = null!;
    public int ParentId { get; set; }
    public Tag Parent { get; set; } = null!;
}
