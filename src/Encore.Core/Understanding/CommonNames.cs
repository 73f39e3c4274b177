namespace Encore.Understanding;

// Given names common enough in English that one alone says little about which fandom a story belongs to.
internal static class CommonNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "John", "Mary", "Jane", "Charles", "Tom", "Sam", "Michael", "Nick", "Scott", "Dennis", "Jessica", "Jess", "Bobby",
        "Linda", "Roger", "Kyle", "Jimmy", "Jerry", "Karen", "Eileen", "Julia", "Leo", "Frank", "Ana", "Agnes", "Lydia",
        "Kitty", "Charlotte", "Caroline", "Elizabeth", "James", "George", "William", "Greg", "Rebecca", "Leigh", "Ellis",
        "Hunter", "Lyle", "Daisy", "Dev", "Jules", "Tommy", "Eliza", "Mrs Watson", "Irene", "Veronica", "Ronnie",
        "David", "Sarah", "Emma", "Anna", "Peter", "Paul", "Mark", "Kate", "Lucy", "Ben", "Jack", "Harry", "Alice",
        "Fitzwilliam", "Collins", "Parker", "Bishop", "Swift", "Houston", "Lynn", "Boyd", "Rand", "Hudson", "Wills",
    };

    public static bool IsCommon(string alias) => Names.Contains(alias);
}
