using System.Text.RegularExpressions;

namespace Encore.People;

// AO3's rules for user names and pseuds, so names that work there work here.
public static partial class UserNames
{
    public const int MinLength = 3;
    public const int MaxLength = 40;

    // Letters, digits and underscores, beginning and ending with a letter or digit.
    [GeneratedRegex(@"^[\p{L}\p{Nd}](?:[\p{L}\p{Nd}_]*[\p{L}\p{Nd}])?$")]
    private static partial Regex UserNamePattern();

    // Pseuds may also contain spaces.
    [GeneratedRegex(@"^[\p{L}\p{Nd}](?:[\p{L}\p{Nd}_ ]*[\p{L}\p{Nd}])?$")]
    private static partial Regex PseudPattern();

    public static string? UserNameProblem(string? name)
    {
        name = name?.Trim() ?? "";
        if (name.Length < MinLength || name.Length > MaxLength)
            return $"User names are {MinLength} to {MaxLength} characters long.";
        if (!UserNamePattern().IsMatch(name))
            return "User names use letters, numbers and underscores, and begin and end with a letter or number.";
        if (string.Equals(name, User.OrphanAccount, StringComparison.OrdinalIgnoreCase))
            return "That name is reserved.";
        return null;
    }

    public static string? PseudProblem(string? name)
    {
        name = name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > Pseud.MaxNameLength)
            return $"Pseuds are 1 to {Pseud.MaxNameLength} characters long.";
        if (!PseudPattern().IsMatch(name))
            return "Pseuds use letters, numbers, spaces and underscores, and begin and end with a letter or number.";
        return null;
    }
}
