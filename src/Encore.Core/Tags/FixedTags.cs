namespace Encore.Tags;

// AO3's fixed tag sets. Their ids are seeded by the first migration and never change.
public static class FixedTags
{
    public const string NotRated = "Not Rated";
    public const string GeneralAudiences = "General Audiences";
    public const string TeenAndUp = "Teen And Up Audiences";
    public const string Mature = "Mature";
    public const string Explicit = "Explicit";

    public const string ChoseNotToWarn = "Creator Chose Not To Use Archive Warnings";
    public const string NoWarningsApply = "No Archive Warnings Apply";
    public const string GraphicViolence = "Graphic Depictions Of Violence";
    public const string MajorCharacterDeath = "Major Character Death";
    public const string RapeNonCon = "Rape/Non-Con";
    public const string UnderageSex = "Underage Sex";

    public static readonly string[] Ratings = [NotRated, GeneralAudiences, TeenAndUp, Mature, Explicit];
    public static readonly string[] Warnings = [ChoseNotToWarn, NoWarningsApply, GraphicViolence, MajorCharacterDeath, RapeNonCon, UnderageSex];
    public static readonly string[] Categories = ["Gen", "F/M", "M/M", "F/F", "Multi", "Other"];

    public static IEnumerable<(TagType Type, string Name)> All =>
        Ratings.Select(n => (TagType.Rating, n))
            .Concat(Warnings.Select(n => (TagType.ArchiveWarning, n)))
            .Concat(Categories.Select(n => (TagType.Category, n)));

    // Short codes for the coloured square AO3 readers scan for in lists.
    public static string RatingSymbol(string rating) => rating switch
    {
        GeneralAudiences => "G",
        TeenAndUp => "T",
        Mature => "M",
        Explicit => "E",
        _ => "NR",
    };
}
