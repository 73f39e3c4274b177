using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Encore.Tags;

namespace Encore.Import;

// Applies one recognised header field to the post being recovered.
internal static partial class FieldReader
{
    [GeneratedRegex(@"\s*(?:,|;|\band\b|&(?=\s))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"^\s*(?<posted>\d+)\s*/\s*(?<total>\d+|\?)\s*$")]
    private static partial Regex ChapterCount();

    [GeneratedRegex(@"\b(implied|mentioned|past|background|one[- ]sided|unrequited|pre[- ]relationship|eventual|minor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    public static void Apply(ParsedPost post, PostContext context, Field field, string value, string line)
    {
        switch (field)
        {
            case Field.Title: post.Title ??= Clean(value); break;
            case Field.Creators:
                foreach (var name in NameSeparators().Split(value)) post.AddUnique(post.Creators, name);
                break;
            case Field.Fandom:
                foreach (var f in List(value)) post.AddUnique(post.Fandoms, context.ResolveFandom(f));
                break;
            case Field.FandomOrCategory:
                foreach (var item in List(value))
                    if (Vocabulary.Category(item) is { } category) post.AddUnique(post.Categories, category);
                    else post.AddUnique(post.Fandoms, context.ResolveFandom(item));
                break;
            case Field.Relationships:
                foreach (var r in List(value)) Relationship(post, r);
                break;
            case Field.Characters:
                foreach (var c in List(value)) post.AddUnique(post.Characters, c);
                break;
            case Field.Rating: post.Rating ??= Vocabulary.Rating(value); break;
            case Field.Warnings: Warnings(post, value); break;
            case Field.Tags:
                var isGenre = line.TrimStart().StartsWith("genre", StringComparison.OrdinalIgnoreCase);
                foreach (var t in List(value).SelectMany(t => isGenre ? Genres(t) : [t])) post.AddUnique(post.AdditionalTags, t);
                break;
            case Field.Summary: post.Summary = post.Summary == null ? value : post.Summary + "\n" + value; break;
            case Field.Notes: Note(post, line, value); break;
            case Field.EndNotes: post.EndNotes.Add(value); break;
            case Field.Dedication:
                post.Notes.Add(line.Trim());
                foreach (var name in List(value)) post.AddUnique(post.Gifts, name);
                break;
            case Field.Published: post.Published ??= Vocabulary.Date(value); break;
            case Field.Status: post.Complete ??= Vocabulary.Complete(value); break;
            case Field.Chapters:
                var m = ChapterCount().Match(value);
                if (m.Success) post.ExpectedChapters = int.TryParse(m.Groups["total"].Value, out var t) ? t : null;
                if (m.Success && m.Groups["total"].Value == "?") post.Complete ??= false;
                break;
            case Field.Series: post.SeriesTitle ??= Clean(Regex.Replace(value, @"\s*[(\[]?\s*part \w+( of \w+)?\s*[)\]]?\s*$", "", RegexOptions.IgnoreCase)); break;
            case Field.Language: post.Language ??= LanguageCode(value); break;
            case Field.Mood or Field.Music or Field.Location:
                post.PostMetadata[field.ToString()] = Undouble(value);
                break;
            case Field.WordCount: break; // Encore counts words itself.
        }
    }

    // Keeps the label of informative notes ("Disclaimer: …", "Beta: …"); drops the bare "A/N:" marker.
    private static void Note(ParsedPost post, string line, string value)
    {
        var text = NoteText(line, value);
        if (text.Length == 0) return;
        post.Notes.Add(text);
        foreach (var name in Dedications.Recipients(text)) post.AddUnique(post.Gifts, name);
    }

    // A blog's own tags ("fic", "rated r", "smash") organise the journal, not the story: they are kept with the
    // post's metadata, and one that names a fandom the archive knows gives the fandom.
    public static void BlogTags(ParsedPost post, PostContext context, IReadOnlyList<string> tags)
    {
        if (tags.Count == 0) return;
        post.PostMetadata["Tags"] = string.Join(", ", tags);
        foreach (var tag in tags)
            if (context.KnownFandom(tag) is { } fandom) post.AddUnique(post.Fandoms, fandom);
    }

    public static string NoteText(string line, string value) =>
        Regex.IsMatch(line, @"^\s*[\[(*_]*(a/n|an|author'?s'? ?notes?|author notes?|notes?|end ?notes?)\b", RegexOptions.IgnoreCase) ? value : line.Trim();

    public static void Relationship(ParsedPost post, string stated)
    {
        var match = Patterns.RelationshipLine().Match(stated);
        if (!match.Success) { post.AddUnique(post.Relationships, stated); return; }
        var names = match.Groups["names"].Value.Trim();
        var extra = match.Groups["extra"].Value;
        var qualifier = Qualifier().Match(extra);
        var inner = Patterns.RelationshipInText().Matches(extra).Select(x => Qualifier().Replace(x.Value, "").Trim())
            .Where(x => x.Contains('/') || x.Contains('&')).ToList();
        // "Tom/Sam (past)": the qualifier is about the pairing itself.
        if (qualifier.Success && inner.Count == 0)
        {
            Qualified(post, names, qualifier.Value);
            return;
        }
        AddRelationship(post, names);
        // "Derek/Karen (Derek/Ivy implied)": the pairing inside the parentheses carries the qualifier.
        foreach (var r in inner)
            if (qualifier.Success) Qualified(post, r, qualifier.Value);
            else AddRelationship(post, r);
    }

    private static void AddRelationship(ParsedPost post, string names)
    {
        var normalized = Normalized(names);
        post.AddUnique(post.Relationships, normalized);
        AddCharacters(post, normalized);
    }

    // An implied, past or mentioned pairing is not a relationship tag: readers filtering on Derek/Ivy expect the
    // pairing on the page. "Implied Derek/Ivy" says what there is, as AO3 creators write it; its people still appear.
    private static void Qualified(ParsedPost post, string names, string qualifier)
    {
        var normalized = Normalized(names);
        post.AddUnique(post.AdditionalTags, $"{Capitalize(qualifier)} {normalized}");
        AddCharacters(post, normalized);
    }

    private static string Normalized(string names) => Regex.Replace(names, @"\s*([/&])\s*", m => m.Groups[1].Value == "&" ? " & " : "/");

    private static void AddCharacters(ParsedPost post, string normalized)
    {
        foreach (var person in normalized.Split(['/', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            post.AddUnique(post.Characters, person);
    }

    // FanFiction.net joins genres with slashes ("Humor/Friendship"); Hurt/Comfort is a single genre.
    private static IEnumerable<string> Genres(string genres)
    {
        const string hurtComfort = "Hurt/Comfort";
        var parts = genres.Replace(hurtComfort, "\u0001", StringComparison.OrdinalIgnoreCase).Split('/');
        return parts.Select(p => p.Trim().Replace("\u0001", hurtComfort)).Where(p => p.Length > 0);
    }

    private static void Warnings(ParsedPost post, string value)
    {
        foreach (var item in List(value))
        {
            if (Vocabulary.Warning(item) is { } warning) post.AddUnique(post.Warnings, warning);
            else post.AddUnique(post.AdditionalTags, Vocabulary.ContentTag(item));
        }
    }

    public static List<string> List(string value) =>
        value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Trim('.', ' ')).Where(v => v.Length > 0 && v.Length <= Tag.MaxNameLength).ToList();

    private static string Clean(string value)
    {
        var s = WebUtility.HtmlDecode(value).Trim().Trim('*', '_').Trim();
        return s.Length > 2 && (s[0], s[^1]) is ('"', '"') or ('“', '”') or ('\'', '\'') ? s[1..^1].Trim() : s;
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    // LiveJournal exports repeat the mood beside its icon's text: "anxiousanxious" is "anxious".
    public static string Undouble(string value)
    {
        var v = value.Trim();
        if (v.Length % 2 == 0 && v.Length > 0 && v[..(v.Length / 2)] == v[(v.Length / 2)..]) return v[..(v.Length / 2)];
        return v;
    }

    public static string? LanguageCode(string name)
    {
        var n = name.Trim();
        if (n.Length is 2 or 3 && n.All(char.IsLetter)) return n.ToLowerInvariant();
        var culture = CultureInfo.GetCultures(CultureTypes.NeutralCultures).FirstOrDefault(c =>
            c.EnglishName.Equals(n, StringComparison.OrdinalIgnoreCase) || c.NativeName.Equals(n, StringComparison.OrdinalIgnoreCase));
        return culture?.TwoLetterISOLanguageName;
    }
}
