using System.Text.Json;
using Encore.Tags;

namespace Encore.Understanding;

// What the archive knows about a fandom, as admins write it (docs/fandom-files.md): its canonical name and media,
// names that point to it, and its canonical characters and relationships with the aliases stories use for them.
public sealed record FandomFile
{
    public string Fandom { get; init; } = "";
    public string? Media { get; init; }
    // Other names for the fandom ("SMASH"), as disclaimers and notes write them.
    public IReadOnlyList<string> Aliases { get; init; } = [];
    // Words that point to the fandom when a story uses them ("Bombshell", the show inside the show).
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<NamedTag> Characters { get; init; } = [];
    public IReadOnlyList<NamedTag> Relationships { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static FandomFile Parse(string json)
    {
        FandomFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FandomFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The fandom file is not valid JSON: {e.Message}");
        }
        if (file == null || string.IsNullOrWhiteSpace(file.Fandom)) throw new FormatException("The fandom file needs a \"fandom\" name.");
        var problems = new List<string>();
        foreach (var name in file.Characters.Select(c => c.Name).Concat(file.Relationships.Select(r => r.Name)).Append(file.Fandom))
            if (TagName.Problem(name) is { } problem) problems.Add(problem);
        foreach (var c in file.Characters.Where(c => c.Pronouns is not (null or "he" or "she" or "they")))
            problems.Add($"Character \"{c.Name}\" has pronouns \"{c.Pronouns}\"; write \"he\", \"she\" or \"they\".");
        foreach (var r in file.Relationships.Where(r => !r.Name.Contains('/') && !r.Name.Contains('&')))
            problems.Add($"Relationship \"{r.Name}\" needs a '/' (romantic) or '&' (platonic) between the names.");
        if (problems.Count > 0) throw new FormatException(string.Join(" ", problems));
        return file;
    }
}

public sealed record NamedTag
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    // Optional, for characters: "he", "she" or "they", so the analyser knows whom a pronoun can mean.
    public string? Pronouns { get; init; }
}
