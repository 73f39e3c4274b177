using System.Text.RegularExpressions;

namespace Encore.Import;

public enum Field
{
    Title, Creators, Fandom, FandomOrCategory, Relationships, Characters, Rating, Warnings, Tags, Summary, Notes,
    Dedication, Published, Status, Chapters, Series, Language, WordCount, Mood, Music, Location, EndNotes,
}

// "Label: value" header lines as fic posts write them (and as AO3's importer reads them).
public static partial class Labels
{
    private static readonly Dictionary<string, Field> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = Field.Title, ["fic title"] = Field.Title, ["story title"] = Field.Title, ["name"] = Field.Title,
        ["author"] = Field.Creators, ["authors"] = Field.Creators, ["by"] = Field.Creators, ["writer"] = Field.Creators,
        ["written by"] = Field.Creators, ["creator"] = Field.Creators, ["creators"] = Field.Creators, ["pen name"] = Field.Creators,
        ["fandom"] = Field.Fandom, ["fandoms"] = Field.Fandom, ["show"] = Field.Fandom, ["source"] = Field.Fandom,
        ["category"] = Field.FandomOrCategory, ["categories"] = Field.FandomOrCategory,
        ["pairing"] = Field.Relationships, ["pairings"] = Field.Relationships, ["relationship"] = Field.Relationships,
        ["relationships"] = Field.Relationships, ["ship"] = Field.Relationships, ["ships"] = Field.Relationships,
        ["couple"] = Field.Relationships, ["couples"] = Field.Relationships,
        ["character"] = Field.Characters, ["characters"] = Field.Characters, ["cast"] = Field.Characters,
        ["rating"] = Field.Rating, ["rated"] = Field.Rating,
        ["warning"] = Field.Warnings, ["warnings"] = Field.Warnings, ["archive warning"] = Field.Warnings,
        ["archive warnings"] = Field.Warnings, ["content warning"] = Field.Warnings, ["content warnings"] = Field.Warnings,
        ["trigger warning"] = Field.Warnings, ["trigger warnings"] = Field.Warnings, ["cw"] = Field.Warnings, ["tw"] = Field.Warnings,
        ["genre"] = Field.Tags, ["genres"] = Field.Tags, ["tags"] = Field.Tags, ["tag"] = Field.Tags,
        ["additional tags"] = Field.Tags, ["freeform"] = Field.Tags, ["kinks"] = Field.Tags, ["themes"] = Field.Tags,
        ["summary"] = Field.Summary, ["description"] = Field.Summary, ["blurb"] = Field.Summary,
        ["disclaimer"] = Field.Notes, ["a/n"] = Field.Notes, ["an"] = Field.Notes, ["author's note"] = Field.Notes,
        ["authors note"] = Field.Notes, ["author's notes"] = Field.Notes, ["author note"] = Field.Notes,
        ["author notes"] = Field.Notes, ["authors' note"] = Field.Notes, ["note"] = Field.Notes, ["notes"] = Field.Notes,
        ["beta"] = Field.Notes, ["betas"] = Field.Notes, ["beta reader"] = Field.Notes, ["beta'd by"] = Field.Notes,
        ["spoilers"] = Field.Notes, ["spoiler"] = Field.Notes, ["timeline"] = Field.Notes, ["setting"] = Field.Notes,
        ["prompt"] = Field.Notes, ["challenge"] = Field.Notes, ["written for"] = Field.Notes, ["feedback"] = Field.Notes,
        ["archive"] = Field.Notes, ["archiving"] = Field.Notes, ["distribution"] = Field.Notes, ["concrit"] = Field.Notes,
        ["dedication"] = Field.Dedication, ["dedicated to"] = Field.Dedication, ["gift"] = Field.Dedication, ["for"] = Field.Dedication,
        ["date"] = Field.Published, ["posted"] = Field.Published, ["published"] = Field.Published, ["date posted"] = Field.Published,
        ["status"] = Field.Status, ["chapters"] = Field.Chapters, ["series"] = Field.Series, ["part of"] = Field.Series,
        ["language"] = Field.Language,
        ["word count"] = Field.WordCount, ["words"] = Field.WordCount, ["wordcount"] = Field.WordCount, ["length"] = Field.WordCount,
        ["current mood"] = Field.Mood, ["mood"] = Field.Mood, ["current music"] = Field.Music, ["music"] = Field.Music,
        ["current location"] = Field.Location, ["location"] = Field.Location,
        ["end notes"] = Field.EndNotes, ["end note"] = Field.EndNotes, ["endnotes"] = Field.EndNotes,
    };

    [GeneratedRegex(@"^[\s*_~>\[(]*(?<label>[A-Za-z][A-Za-z'’ /.\-]{0,24}?)[\s*_\])]*[:：]\s*(?<value>.*)$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^\s*(?<label>A/N|AN|Author'?s'? ?Notes?)\s*[-–—]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DashNote();

    public static bool TryParse(string line, out Field field, out string value)
    {
        field = default;
        value = "";
        if (line.Length > 5000) return false;
        var match = LabelLine().Match(line);
        if (!match.Success) match = DashNote().Match(line);
        if (!match.Success) return false;
        var label = match.Groups["label"].Value.Trim().Replace('’', '\'');
        if (!Known.TryGetValue(label, out field)) return false;
        value = match.Groups["value"].Value.Trim().Trim('*', '_').Trim();
        // "For:" is a dedication only with a short value; "For the purposes of…" is not a label at all.
        return field != Field.Dedication || !label.Equals("for", StringComparison.OrdinalIgnoreCase) || value.Length < 80;
    }
}
