using System.Globalization;
using System.Text.RegularExpressions;
using Encore.Tags;

namespace Encore.Import;

// Old fandom vocabularies mapped onto AO3's fixed tags (shared/AO3-REFERENCE.md).
public static partial class Vocabulary
{
    public static string Rating(string stated)
    {
        var s = stated.Trim().Trim('.', '!').ToUpperInvariant();
        s = RatingNoise().Replace(s, "").Trim();
        return s switch
        {
            "NC-17" or "NC17" or "X" or "XXX" or "MA" or "EXPLICIT" or "E" or "ADULT" or "ADULTS ONLY" or "FR18" or "FR21" or "18+" or "R18" or "NC" => FixedTags.Explicit,
            "R" or "M" or "MATURE" or "FR15" or "FR16" or "16+" or "17+" => FixedTags.Mature,
            "PG-13" or "PG13" or "T" or "TEEN" or "TEENS" or "TEEN AND UP" or "TEEN AND UP AUDIENCES" or "FR13" or "FR12" or "13+" or "PG-15" or "PG15" => FixedTags.TeenAndUp,
            "PG" or "G" or "K" or "K+" or "GEN" or "GENERAL" or "GENERAL AUDIENCES" or "ALL AGES" or "FRC" or "FR7" or "FRAO" or "U" => FixedTags.GeneralAudiences,
            "NOT RATED" or "NR" or "UNRATED" => FixedTags.NotRated,
            _ => FixedTags.NotRated,
        };
    }

    // "R for language", "PG-13 (mild swearing)": the rating is the first word-ish part.
    [GeneratedRegex(@"(\s*[(\[].*$)|(\s+(FOR|-|—|–)\s+.*$)|(^RATED\s+)|(^RATING\s+)")]
    private static partial Regex RatingNoise();

    // Returns the AO3 warning a stated warning corresponds to, or null when it is a content note of its own.
    public static string? Warning(string stated)
    {
        var s = stated.Trim().ToLowerInvariant();
        if (s is "none" or "n/a" or "no warnings" or "no warnings apply" or "no archive warnings apply" or "nothing" or "no") return FixedTags.NoWarningsApply;
        if (s.Contains("chose not to") || s.Contains("choose not to")) return FixedTags.ChoseNotToWarn;
        if (s.Contains("major character death") || s is "mcd" or "character death" or "death" or "major death") return FixedTags.MajorCharacterDeath;
        if (s.Contains("graphic") && s.Contains("violence") || s is "violence" or "graphic violence") return FixedTags.GraphicViolence;
        if (s.Contains("dub")) return null; // dubious consent is a content tag on AO3, not the Rape/Non-Con warning
        if (s.Contains("rape") || s.Contains("non-con") || s.Contains("noncon") || s.Contains("non con")) return FixedTags.RapeNonCon;
        if (s.Contains("underage")) return FixedTags.UnderageSex;
        return null;
    }

    // Stated content warnings under the names AO3 readers filter on ("dub-con" is "Dubious Consent").
    public static string ContentTag(string stated)
    {
        var s = stated.Trim();
        var known = s.ToLowerInvariant().Replace("-", "").Replace(" ", "") switch
        {
            "dubcon" or "dubiousconsent" => "Dubious Consent",
            "suicide" => "Suicide",
            "suicidalthoughts" or "suicidalideation" => "Suicidal Thoughts",
            "suicideattempt" => "Suicide Attempt",
            "selfharm" => "Self-Harm",
            "druguse" or "drugs" => "Drug Use",
            "overdose" or "drugoverdose" => "Drug Overdose",
            "alcoholabuse" or "alcoholism" => "Alcohol Abuse",
            "domesticabuse" or "domesticviolence" => "Domestic Abuse",
            "eatingdisorder" or "eatingdisorders" => "Eating Disorders",
            "depression" => "Depression",
            "abuse" => "Abuse",
            _ => null,
        };
        if (known != null) return known;
        // All-lowercase warnings read as AO3 tags when title-cased ("minor injury" → "Minor Injury").
        return s == s.ToLowerInvariant() ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s) : s;
    }

    public static string? Category(string stated) => stated.Trim().ToLowerInvariant() switch
    {
        "gen" or "general" => "Gen",
        "f/m" or "het" or "m/f" => "F/M",
        "m/m" or "slash" => "M/M",
        "f/f" or "femslash" or "femmeslash" => "F/F",
        "multi" or "multiple" => "Multi",
        "other" => "Other",
        _ => null,
    };

    public static bool? Complete(string status)
    {
        var s = status.Trim().ToLowerInvariant();
        if (s.StartsWith("complete") || s is "finished" or "done" or "oneshot" or "one-shot" or "one shot") return true;
        if (s.Contains("progress") || s.Contains("wip") || s.Contains("ongoing") || s.Contains("incomplete") || s.Contains("hiatus") || s.Contains("unfinished")) return false;
        return null;
    }

    private static readonly string[] DateFormats =
    [
        "d MMMM yyyy h:mm tt", "d MMMM yyyy", "MMMM d yyyy h:mm tt", "MMMM d yyyy", "MMM d yyyy h:mm tt", "MMM d yyyy",
        "d MMM yyyy", "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd",
        "dddd d MMMM yyyy", "dddd MMMM d yyyy", "dddd MMM d yyyy", "MMMM yyyy",
    ];

    [GeneratedRegex(@"(?<=\d)(st|nd|rd|th)\b|[,@]|\bat\b|\.(?=\s)")]
    private static partial Regex DateNoise();

    public static DateTime? Date(string text)
    {
        if (text.Length > 60) return null;
        var cleaned = string.Join(' ', DateNoise().Replace(text.Trim(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // ISO timestamps carry their own zone; let the parser handle them whole.
        if (DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var iso)
            && text.Contains('T') && text.Contains('-'))
            return DateTime.SpecifyKind(iso.Date, DateTimeKind.Utc);
        foreach (var format in DateFormats)
            if (DateTime.TryParseExact(cleaned, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                return date.Year is > 1980 and < 2200 ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : null;
        return null;
    }
}
