namespace Encore.Tags;

public static class TagName
{
    // Characters AO3 refuses in tag names: the comma separates tags, the rest break its search syntax.
    private const string Forbidden = ",^*<>{}=`\\%";

    public static string? Problem(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return "A tag name cannot be empty.";
        if (trimmed.Length > Tag.MaxNameLength) return $"Tag names can be at most {Tag.MaxNameLength} characters (\"{trimmed[..30]}…\" has {trimmed.Length}).";
        var bad = trimmed.FirstOrDefault(c => Forbidden.Contains(c));
        if (bad != default) return $"Tag \"{trimmed}\" contains '{bad}', which tags cannot contain.";
        return null;
    }

    // Splits a comma-separated field the way AO3's tag inputs do, dropping empties and duplicates.
    public static IReadOnlyList<string> SplitList(string? field) =>
        string.IsNullOrWhiteSpace(field)
            ? []
            : field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(CollapseSpaces)
                .DistinctBy(Tag.Normalize)
                .ToList();

    public static string CollapseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
