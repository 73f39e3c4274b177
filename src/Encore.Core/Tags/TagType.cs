namespace Encore.Tags;

// AO3 treats ratings, warnings and categories as tags too, so one table and one filter path serve all of them.
// Values are stored as integers; never renumber.
public enum TagType
{
    Rating = 1,
    ArchiveWarning = 2,
    Category = 3,
    Fandom = 4,
    Relationship = 5,
    Character = 6,
    Freeform = 7,
    Media = 8,
}

public static class TagTypeNames
{
    public static string Plural(this TagType type) => type switch
    {
        TagType.Rating => "Ratings",
        TagType.ArchiveWarning => "Archive Warnings",
        TagType.Category => "Categories",
        TagType.Fandom => "Fandoms",
        TagType.Relationship => "Relationships",
        TagType.Character => "Characters",
        TagType.Freeform => "Additional Tags",
        TagType.Media => "Media",
        _ => type.ToString(),
    };

    public static string Singular(this TagType type) => type switch
    {
        TagType.ArchiveWarning => "Archive Warning",
        TagType.Freeform => "Additional Tag",
        _ => type.ToString(),
    };
}
