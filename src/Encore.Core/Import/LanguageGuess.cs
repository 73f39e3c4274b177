using System.Text.RegularExpressions;

namespace Encore.Import;

// Guesses a post's language from its script and, for Latin scripts, from the most common short words. Enough to
// tell AO3's common fic languages apart; "en" when nothing stands out.
public static partial class LanguageGuess
{
    private static readonly Dictionary<string, string[]> StopWords = new()
    {
        ["en"] = ["the", "and", "was", "he", "she", "to", "of", "it", "you", "that", "his", "her", "with", "had"],
        ["fr"] = ["le", "la", "les", "et", "est", "une", "des", "il", "elle", "pas", "que", "dans", "qui", "pour"],
        ["es"] = ["el", "los", "las", "y", "que", "una", "por", "con", "no", "su", "del", "pero", "como", "para"],
        ["de"] = ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "sie", "er", "zu", "mit", "sich", "auf"],
        ["it"] = ["il", "di", "che", "non", "una", "per", "gli", "della", "lei", "lui", "con", "sono", "ma", "ha"],
        ["pt"] = ["o", "os", "que", "não", "uma", "com", "ele", "ela", "para", "do", "da", "em", "mas", "se"],
        ["nl"] = ["de", "het", "een", "en", "niet", "dat", "hij", "zij", "van", "ik", "je", "met", "op", "maar"],
    };

    // Which language each common short word belongs to; a word shared by two languages counts for both.
    private static readonly Dictionary<string, string[]> LanguagesOf = BuildIndex();

    private static Dictionary<string, string[]> BuildIndex() =>
        StopWords.SelectMany(l => l.Value.Select(w => (Word: w, Language: l.Key)))
            .GroupBy(p => p.Word).ToDictionary(g => g.Key, g => g.Select(p => p.Language).ToArray());

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    public static string Guess(string htmlOrText)
    {
        // A few thousand characters tell the language as well as the whole story does.
        var text = Tags().Replace(htmlOrText.Length > 6_000 ? htmlOrText[..6_000] : htmlOrText, " ");
        if (ByScript(text) is { } script) return script;
        var counts = StopWords.Keys.ToDictionary(k => k, _ => 0);
        foreach (var word in text.ToLowerInvariant().Split([' ', '\n', '\t', ',', '.', '!', '?', '"', '“', '”', ';', ':', '«', '»', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            if (LanguagesOf.TryGetValue(word, out var languages))
                foreach (var language in languages) counts[language]++;
        var best = counts.MaxBy(c => c.Value);
        return best.Value >= 3 ? best.Key : "en";
    }

    private static string? ByScript(string text)
    {
        int letters = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
            }
        }
        if (letters == 0) return null;
        double Share(int n) => (double)n / letters;
        if (Share(kana) > 0.05) return "ja";
        if (Share(han) > 0.3) return "zh";
        if (Share(hangul) > 0.3) return "ko";
        if (Share(cyrillic) > 0.3) return "ru";
        if (Share(arabic) > 0.3) return "ar";
        if (Share(hebrew) > 0.3) return "he";
        if (Share(greek) > 0.3) return "el";
        if (Share(thai) > 0.3) return "th";
        return null;
    }
}
