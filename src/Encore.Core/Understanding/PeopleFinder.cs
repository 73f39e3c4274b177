using System.Text.RegularExpressions;

namespace Encore.Understanding;

// Fandom, characters and relationships: who is in the story.
internal sealed partial class PeopleFinder(KnowledgeBase knowledge, NameIndex names)
{
    [GeneratedRegex(@"(?<a>\p{Lu}[\p{L}'’\-]*\.?(?: \p{Lu}[\p{L}'’\-]*){0,2})\s*(?<sep>[/&])\s*(?<b>\p{Lu}[\p{L}'’\-]*\.?(?: \p{Lu}[\p{L}'’\-]*){0,2})(?=(?<after>[^\n/&]{0,30}))")]
    private static partial Regex Pairing();

    [GeneratedRegex(@"\b(implied|mentioned|past|background|one[- ]sided|unrequited|onesided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\b(kiss(ed|es|ing)?|made love|making love|slept with|sleeping with|in love with|married|wedding|boyfriend|girlfriend|husband|wife|lover|on a date|held hands|holding hands)\b")]
    private static partial Regex Romance();

    public List<Suggestion> Find(AnalysisInput input, TextDocument text, TextDocument notes)
    {
        var mentions = new List<NameMention>();
        foreach (var sentence in text.Sentences) names.Find(sentence, mentions);
        var suggestions = new List<Suggestion>();

        var stated = input.Fandoms.Select(f => knowledge.Fandoms.FirstOrDefault(k => Same(k.Name, f) || k.Aliases.Any(a => Same(a, f)))).OfType<FandomKnowledge>().ToList();
        var fandoms = new List<FandomKnowledge>(stated);
        foreach (var (fandom, confidence, evidence) in FandomEvidence(mentions, text, notes))
        {
            if (fandoms.Contains(fandom)) continue;
            fandoms.Add(fandom);
            suggestions.Add(new Suggestion(Suggestion.Fandom, fandom.Name, confidence, evidence));
        }

        var characters = Characters(mentions, fandoms);
        foreach (var (character, found) in characters)
        {
            var full = found.Count(m => m.MultiWord);
            if (found.Count < 2 && full == 0) continue;
            if (input.Characters.Any(c => Same(c, character.Name))) continue;
            var confidence = Math.Min(0.97, full > 0 ? 0.9 + 0.01 * found.Count : 0.55 + 0.1 * found.Count);
            suggestions.Add(new Suggestion(Suggestion.Character, character.Name, Round(confidence),
                found.DistinctBy(m => m.Sentence.Index).Take(3).Select(m => Evidence.Of(m.Sentence)).ToList(),
                $"{found.Count} mention{(found.Count == 1 ? "" : "s")}"));
        }

        var present = characters.Where(c => c.Value.Count >= 2 || c.Value.Any(m => m.MultiWord)).Select(c => c.Key).ToHashSet();
        suggestions.AddRange(Relationships(input, text, notes, fandoms, characters, present));
        return suggestions;
    }

    // Which fandoms the text points to: a name of the fandom in the notes (a disclaimer), the show-within-the-show,
    // or several of its characters. One common first name ("Karen", "John") proves nothing.
    private IEnumerable<(FandomKnowledge, double, List<Evidence>)> FandomEvidence(List<NameMention> mentions, TextDocument text, TextDocument notes)
    {
        foreach (var fandom in knowledge.Fandoms)
        {
            // Only the first sentence of each is quoted. A word the whole text lacks is in none of its sentences.
            var aliases = fandom.Aliases.Where(a => a.Length >= 4 && Text.WholeWords.Contain(notes.Text, a)).ToList();
            var named = notes.Sentences.Where(s => aliases.Any(a => Text.WholeWords.Contain(s.Span, a))).Take(1).ToList();
            var present = fandom.Keywords.Where(k => Text.WholeWords.Contain(text.Text, k) || Text.WholeWords.Contain(notes.Text, k)).ToList();
            var keywords = present.Count == 0 ? []
                : text.Sentences.Concat(notes.Sentences).Where(s => present.Any(k => Text.WholeWords.Contain(s.Span, k))).Take(1).ToList();
            var ofFandom = mentions.Where(m => m.Owners.Any(o => o.Fandom == fandom.Name)).ToList();
            var byCharacter = ofFandom.GroupBy(m => m.Owners.First(o => o.Fandom == fandom.Name).Name).ToList();
            var strong = byCharacter.Count(g => g.Any(m => m.MultiWord || !CommonNames.IsCommon(m.Alias)));
            var repeated = byCharacter.Count(g => g.Count() >= 2);

            double confidence;
            if (named.Count > 0) confidence = 0.95;
            else if (strong >= 2 || strong >= 1 && repeated >= 3 || keywords.Count > 0 && repeated >= 2) confidence = Math.Min(0.9, 0.5 + 0.1 * Math.Max(strong, repeated) + (keywords.Count > 0 ? 0.1 : 0));
            else continue;

            var evidence = named.Take(1).Select(s => Evidence.Of(s, "notes"))
                .Concat(keywords.Take(1).Select(s => Evidence.Of(s)))
                .Concat(byCharacter.OrderByDescending(g => g.Count()).Take(2).Select(g => Evidence.Of(g.First().Sentence)))
                .DistinctBy(e => (e.Start, e.Source)).ToList();
            yield return (fandom, Round(confidence), evidence);
        }
    }

    // Mentions credited to characters of the story's fandoms. A name several of them share ("Houston", "Holmes")
    // goes to the one named most often without ambiguity, or to the first the fandom file lists.
    private static Dictionary<CharacterKnowledge, List<NameMention>> Characters(List<NameMention> mentions, List<FandomKnowledge> fandoms)
    {
        var inStory = fandoms.SelectMany(f => f.Characters).ToList();
        var credited = inStory.ToDictionary(c => c, _ => new List<NameMention>());
        var shared = new List<(NameMention Mention, List<CharacterKnowledge> Owners)>();
        foreach (var mention in mentions)
        {
            var owners = mention.Owners.Where(credited.ContainsKey).ToList();
            if (owners.Count == 1) credited[owners[0]].Add(mention);
            else if (owners.Count > 1) shared.Add((mention, owners));
        }
        foreach (var (mention, owners) in shared)
            credited[owners.OrderByDescending(o => credited[o].Count).ThenBy(inStory.IndexOf).First()].Add(mention);
        return credited.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value);
    }

    private IEnumerable<Suggestion> Relationships(AnalysisInput input, TextDocument text, TextDocument notes, List<FandomKnowledge> fandoms,
        Dictionary<CharacterKnowledge, List<NameMention>> characters, HashSet<CharacterKnowledge> present)
    {
        var found = new Dictionary<string, Suggestion>();
        var sources = notes.Sentences.Select(s => (s, "notes")).Concat(text.Sentences.Select(s => (s, "text")));
        foreach (var (sentence, source) in sources)
        {
            if (sentence.Span.IndexOfAny('/', '&') < 0) continue;
            foreach (Match m in Pairing().Matches(sentence.Text))
            {
                var a = Resolve(m.Groups["a"].Value, fandoms, characters);
                var b = Resolve(m.Groups["b"].Value, fandoms, characters);
                if (a == null || b == null || a == b) continue;
                var romantic = m.Groups["sep"].Value == "/";
                var name = Canonical(fandoms, a, b, romantic);
                var qualifier = Qualifier().Match(m.Groups["after"].Value + " " + Before(sentence.Text, m.Index));
                var implied = qualifier.Success;
                var suggestion = new Suggestion(Suggestion.Relationship, name, implied ? 0.6 : 0.9,
                    [Evidence.Of(sentence, source)], implied ? qualifier.Value.ToLowerInvariant() : "written as " + m.Value.Trim());
                if (!found.TryGetValue(name, out var existing) || existing.Confidence < suggestion.Confidence) found[name] = suggestion;
            }
        }

        // Prose evidence, weaker: two characters of the story in a sentence about kissing, love or marriage.
        var pairs = new Dictionary<(CharacterKnowledge, CharacterKnowledge), List<Sentence>>();
        var bySentence = characters.Where(c => present.Contains(c.Key))
            .SelectMany(c => c.Value.Select(m => (m.Sentence, Character: c.Key)))
            .GroupBy(p => p.Sentence).Where(g => g.Select(p => p.Character).Distinct().Count() == 2);
        foreach (var group in bySentence)
        {
            var sentence = group.Key;
            if (!Romance().IsMatch(sentence.Lower)) continue;
            var inSentence = group.Select(p => p.Character).Distinct().ToList();
            var key = string.CompareOrdinal(inSentence[0].Name, inSentence[1].Name) < 0 ? (inSentence[0], inSentence[1]) : (inSentence[1], inSentence[0]);
            if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = [];
            list.Add(sentence);
        }
        foreach (var ((a, b), sentences) in pairs)
        {
            var name = Canonical(fandoms, a, b, romantic: true);
            if (found.ContainsKey(name) || found.ContainsKey(Canonical(fandoms, b, a, romantic: true))) continue;
            var confidence = Math.Min(0.7, 0.3 + 0.15 * sentences.Count);
            if (confidence < 0.45) continue;
            found[name] = new Suggestion(Suggestion.Relationship, name, Round(confidence), sentences.Take(3).Select(s => Evidence.Of(s)).ToList(), "from the story's prose");
        }
        return found.Values.Where(s => !input.Relationships.Any(r => Same(r, s.Tag)));
    }

    private CharacterKnowledge? Resolve(string written, List<FandomKnowledge> fandoms, Dictionary<CharacterKnowledge, List<NameMention>> characters)
    {
        var owners = names.Owners(written);
        var candidates = owners.Where(o => fandoms.Count == 0 || fandoms.Any(f => f.Name == o.Fandom)).ToList();
        return candidates.OrderByDescending(c => characters.TryGetValue(c, out var m) ? m.Count : 0).FirstOrDefault();
    }

    // The archive's canonical relationship for the pair when it has one, in either order; otherwise "A/B" as written.
    private static string Canonical(List<FandomKnowledge> fandoms, CharacterKnowledge a, CharacterKnowledge b, bool romantic)
    {
        var known = fandoms.SelectMany(f => f.Relationships).FirstOrDefault(r => r.Romantic == romantic
            && r.Members.Length == 2 && r.Members.Contains(a.Name) && r.Members.Contains(b.Name));
        return known?.Name ?? (romantic ? $"{a.Name}/{b.Name}" : $"{a.Name} & {b.Name}");
    }

    private static string Before(string text, int index) => text[Math.Max(0, index - 12)..index];

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static double Round(double d) => Math.Round(d, 2);
}
