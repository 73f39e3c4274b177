using System.Text.RegularExpressions;
using static Encore.Understanding.ContentLabels;
using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding;

// The character deaths, with who dies: the rules' hits, adjusted, and the evidence of a major character's death.
internal sealed record DeathFindings(List<Hit> Hits, List<Hit> Major, string? MajorNote);

// Who dies in a sentence the rules read as a death: the subject of "died", "slipped away", "was killed" ("Tom
// died", "she never woke up"); the object of "lost", "buried", "killed" ("they lost him", "we buried Mary"); or the
// possessor of a funeral, grave or body ("Kyle's memorial", "her coffin"). A pronoun is resolved to the person it
// means (Coreference). The death is a major character's when that person is one of the story's characters; a
// relative ("her father") or an unnamed person ("the big man", "a stranger") is a character death, not a major one.
internal static partial class WhoDies
{
    [GeneratedRegex(@"'s (already )?(gone|dead)\b|\b(is|was|has|had|had been|has been) (already )?gone\b|\b(died|dies|(was|is|were|lay|lies|had been|been) (found |already )?dead|(was|were|had been) buried|would have (been|turned) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)|pass(ed|es) (away|on)|(was|were|had been) (killed|murdered|shot dead|stabbed to death|beaten to death|taken from)|stopped breathing|breathed (his|her|their) last|slipped (away|from us)|(did not|didn't|never) live(d)? to|never (woke|opened (his|her|their) eyes|spoke|breathed)|(did not|didn't) wake( up)?\b|went peacefully|was buried|pennies on (his|her|their) eyes|(lay|lies|lying) (still )?in (his|her|their|the|an open) coffin|drowned|flatlined|(did not|didn't|never) (move|stir|breathe)d? again|took (his|her|their) own life|(killed|hanged|drowned|poisoned) (himself|herself|themselves))\b")]
    private static partial Regex Predicate();

    // Said of a person, these are a death however gently put ("Mr. Bennet had slipped away between one sentence and the next").
    [GeneratedRegex(@"slipped|peacefully|breathed|woke|wake|live|move|stir|own life|pennies|coffin|would have")]
    private static partial Regex Gentle();

    [GeneratedRegex(@"\b(lost|bur(y|ied|ies|ying)|mourn(ed|ing|s)?|killed|murdered|strangled|poisoned|drowned|(funeral|death|grave|loss|murder|memorial) of)\s$")]
    private static partial Regex ObjectOf();

    // "laid her to rest", "watched him die": the verb before the person, the death after.
    [GeneratedRegex(@"\b(laid|lay|lays|laying|watched|watch|saw|seen|see|let|heard|felt)\s$")]
    private static partial Regex ObjectAround();

    [GeneratedRegex(@"^\s(to rest|die|drown|slip away)\b")]
    private static partial Regex DeathAfterObject();

    [GeneratedRegex(@"^('s|')? ?(funeral|memorial|grave|graveside|death|deathbed|body|coffin|casket|ashes|headstone|last breath|corpse|remains)\b")]
    private static partial Regex Possessed();

    [GeneratedRegex(@"\b(said|says|told|asked|thought|knew|saw|heard|noticed|explained|added|replied|whispered|muttered|observed|remarked|decided|insisted)\b")]
    private static partial Regex Speech();

    // The dead spoken of in grief: "Tom would have wanted it", "she'd have hated the fuss".
    [GeneratedRegex(@"^\W*(would have|would've|'d have) (wanted|loved|liked|hated|laughed|said|been|known|told|made|thought|found|called|hated|adored|enjoyed|approved)\b")]
    private static partial Regex Grief();

    // An object pronoun "her" is followed by one of these, or by punctuation; otherwise it is "her temper".
    private static readonly HashSet<string> AfterObject = ["in", "on", "at", "to", "and", "that", "this", "last", "before", "after", "when", "while", "too", "forever", "young", "so", "then", "the", "a", "an", "there", "here", "for", "during", "today", "yesterday", "tonight", "beside", "next", "with", "die", "quietly", "just", "three", "two"];

    public static DeathFindings Read(List<Hit> hits, Func<StoryCast> story)
    {
        var deaths = hits.Where(h => h.Label == CharacterDeath).ToList();
        if (deaths.Count == 0) return new(hits, [], null);
        var cast = story();
        var coref = cast.People;
        var isCharacter = cast.IsCharacter;
        var adjusted = hits.Where(h => h.Label != CharacterDeath).ToList();
        var major = new List<Hit>();
        var attributed = false;
        var dying = deaths.Select(h => h.Sentence.Index).ToHashSet();
        var screened = Screened(deaths);
        deaths = deaths.Where(h => !Echo(h.Sentence, dying) && !screened.Contains(h.Sentence.Index)).ToList();
        // A death the story dwells on may be a focal person's, not only the lead's (Dwelt).
        var dwelt = Dwelt(deaths);
        // In original work a lead named twice or less, who dies in one sentence, may be anyone ("Old Mr. Pryce from
        // number nine died on Sunday"): the story must dwell on it.
        bool Focal(PersonRef who) => isCharacter(who) && (dwelt || cast.IsCanonical(who) || coref.Salience(who.Name!) >= 3) || dwelt && cast.IsFocal(who);
        foreach (var hit in deaths)
        {
            var weight = hit.Weight;
            foreach (var (reference, gentle) in Dead(hit.Sentence, coref))
            {
                var who = coref.Resolve(reference);
                if (who == null) continue;
                attributed = true;
                if (gentle && who.Kind is PersonKind.Named or PersonKind.Kin) weight = Math.Max(weight, 0.75);
                if (who.Kind == PersonKind.Named && Focal(who) || Parent(hit.Sentence, who)) major.Add(hit with { Weight = weight });
            }
            adjusted.Add(hit with { Weight = weight });
        }
        major = major.Where(h => h.Weight >= 0.7).ToList();
        if (major.Count > 0) return new(adjusted, major, "the death names one of the story's characters");
        // Spoken of as the dead are, or "gone" beside a death: that is the story dwelling on them.
        var corroborated = Corroborated(adjusted, coref, who => isCharacter(who) || cast.IsFocal(who), attributed);
        return new(adjusted, corroborated, corroborated.Any(h => h.Weight >= 0.7)
            ? "one of the story's characters is gone, beside a death"
            : "a death says nobody's name, and one of the story's characters is spoken of as the dead are");
    }

    // "The second-act opener died," Julia said. "Died, Tom.": a sentence that opens by repeating the death word of
    // the sentence before repeats its meaning, and that sentence was no death.
    private static bool Echo(Sentence sentence, HashSet<int> dying)
    {
        if (sentence.Index == 0 || dying.Contains(sentence.Index - 1) || sentence.Tokens.Count == 0) return false;
        // A short sentence that repeats the word says the same again ("She died out there." "She actually died.").
        IEnumerable<string> words = sentence.Tokens.Count <= 6 ? sentence.Tokens.Select(t => t.Lower) : [sentence.Tokens[0].Lower];
        var previous = sentence.Document.Sentences[sentence.Index - 1];
        return words.Any(w => w is "died" or "dies" or "dead" or "killed" or "murdered" or "gone" or "drowned"
            && previous.Tokens.Any(t => t.LowerSpan.SequenceEqual(w)));
    }

    // The people a sentence says die, as written (pronouns unresolved), and whether the wording is a gentle one.
    public static IEnumerable<(PersonRef Who, bool Gentle)> Dead(Sentence sentence, Coreference people)
    {
        var refs = people.In(sentence);
        if (refs.Count == 0) yield break;
        var lower = sentence.Lower;
        foreach (Match m in Predicate().Matches(lower))
        {
            var subject = refs.Where(r => r.End - sentence.Start <= m.Index).MaxBy(r => (r.End, r.End - r.Start));
            // "Ivy's gone" is "Ivy is gone"; otherwise a possessive is not the one who dies ("Tom's dog died").
            var contracted = subject?.End - sentence.Start == m.Index && m.Value.StartsWith('\'');
            if (subject == null || subject.Possessive && !contracted || IsPronoun(sentence, subject, "him", "her", "his", "their", "them")) continue;
            var gap = lower[(subject.End - sentence.Start)..m.Index];
            if (gap.Count(c => c == ' ') > 10 || Speech().IsMatch(gap)) continue;
            yield return (subject, Gentle().IsMatch(m.Value));
        }
        foreach (var r in refs)
        {
            var at = r.Start - sentence.Start;
            var end = r.End - sentence.Start;
            var before = lower[Math.Max(0, at - 24)..at];
            var after = lower.AsSpan(end, Math.Min(20, lower.Length - end)).ToString();
            var objectOf = ObjectOf().IsMatch(before) || ObjectAround().IsMatch(before) && DeathAfterObject().IsMatch(after);
            objectOf = objectOf || Took(sentence, r);
            if (objectOf && !IsPronoun(sentence, r, "he", "she", "his") && (!IsPronoun(sentence, r, "her") || ObjectHer(sentence, r)))
                yield return (r, false);
            else if (Possessed().IsMatch(after) && !IsPronoun(sentence, r, "he", "she", "him"))
                yield return (r, false);
        }
    }

    // A parent called by the relation alone, as a name ("We buried Dad", "Papa is gone"): the teller's own parent,
    // whose death a story told by their child is about. A grandparent or an aunt so called is not (Grandma June), nor
    // a parent's funeral named in passing ("not since Mum's funeral").
    private static bool Parent(Sentence s, PersonRef who) =>
        who is { Kind: PersonKind.Kin, Possessive: false } && who.Sentence == s.Index
        && s.Document.Text.AsSpan(who.Start, who.End - who.Start) is "Dad" or "Papa" or "Mum" or "Mom" or "Mama" or "Daddy" or "Mummy" or "Mommy";

    private static bool IsPronoun(Sentence s, PersonRef r, params string[] forms) =>
        r.Kind == PersonKind.Pronoun && forms.Contains(s.Lower[(r.Start - s.Start)..(r.End - s.Start)]);

    private static bool ObjectHer(Sentence s, PersonRef r)
    {
        var at = s.Tokens.FindIndex(t => t.Start >= r.End);
        if (at < 0) return true;
        var next = s.Tokens[at];
        return AfterObject.Contains(next.Lower) || s.Text[(r.End - s.Start)..(next.Start - s.Start)].Any(c => !char.IsWhiteSpace(c));
    }
}
