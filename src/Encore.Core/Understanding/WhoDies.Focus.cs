using System.Text.RegularExpressions;
using static Encore.Understanding.ContentLabels;
using Hit = Encore.Understanding.ContentFinder.Hit;

namespace Encore.Understanding;

// Which deaths count, and when a death is a focal person's rather than only the lead's.
internal static partial class WhoDies
{
    // A film or an episode the characters watch: the deaths in the next few sentences happen on the screen ("In the
    // last twenty minutes the captain went down with his ship").
    [GeneratedRegex(@"\b((watch(ed|ing|es)?|put on|stream(ed|ing)|binged) (the|a|an|that|this|another|some) (\w+ )?(film|movie|episode|documentary|box set|season|series)|at the (cinema|pictures|movies))\b")]
    private static partial Regex Screen();

    private const int ScreenReach = 5;

    // A death that dates the story's present: "the week after Wren died", "since Danny died", "the day Tom died",
    // "when Agnes died the garden went wild". A story told from a death onwards is about the one who died.
    [GeneratedRegex(@"\b(since|after|before|when|the (day|night|week|month|year|morning|evening|summer|winter|spring|autumn)( after| before| that)?|(a|one|two|three|four|five|six|\w+) (days?|weeks?|months?|years?)( today)? (after|since|before))\s+(\w+\s+){0,2}?(died|passed away|passed|was killed|were killed|was buried)\b")]
    private static partial Regex Frame();

    // An illness or the sea "took her", a few words after it is named.
    [GeneratedRegex(@"\b(fever|cancer|illness|disease|stroke|consumption|influenza|pneumonia|typhoid|diphtheria|cholera|sickness|tumou?r|the sea|the war)\b[^.;:!?]{0,60}\btook\s$")]
    private static partial Regex IllnessTook();

    [GeneratedRegex(@"^\s(to|into|in(?! (a|one|the|her|his|their|its) )|out|away|home|back|off|up|down|for|by|under|aside|over|a|the)\b")]
    private static partial Regex NotTaken();

    // The sentences with deaths that come within a few sentences after a film or an episode is put on.
    private static HashSet<int> Screened(List<Hit> deaths)
    {
        var screened = new HashSet<int>();
        foreach (var hit in deaths)
        {
            var all = hit.Sentence.Document.Sentences;
            for (var k = Math.Max(0, hit.Sentence.Index - ScreenReach); k <= hit.Sentence.Index; k++)
                if (Screen().IsMatch(all[k].Lower)) { screened.Add(hit.Sentence.Index); break; }
        }
        return screened;
    }

    // The story dwells on a death: two sentences or more tell of it, or one dates the present from it (Frame).
    private static bool Dwelt(List<Hit> deaths) =>
        deaths.Where(h => h.Weight >= 0.3).Select(h => h.Sentence.Index).Distinct().Count() >= 2
        || deaths.Any(h => h.Weight >= 0.5 && Frame().IsMatch(h.Sentence.Lower));

    // "the fever that came in with the November damp took her": the one taken.
    private static bool Took(Sentence sentence, PersonRef r)
    {
        var at = r.Start - sentence.Start;
        var end = r.End - sentence.Start;
        var lower = sentence.Lower;
        return IllnessTook().IsMatch(lower[Math.Max(0, at - 100)..at]) && !NotTaken().IsMatch(lower[end..Math.Min(lower.Length, end + 12)]);
    }

    // No sentence of a death names a character of the story, but one is "gone" beside a death ("Ivy's gone." beside
    // "We bury her on Thursday"); or, when no death says whose it is, a character is spoken of as the dead are
    // ("It had been nine days since the funeral ... Tom would have wanted it").
    private static List<Hit> Corroborated(List<Hit> hits, Coreference people, Func<PersonRef, bool> isCharacter, bool attributed)
    {
        var strong = hits.Where(h => h.Label == CharacterDeath && h.Weight >= 0.7).ToList();
        var found = new List<Hit>();
        // "Gone" within two sentences of the death; the dead spoken of in grief anywhere in the scene around it.
        var near = strong.SelectMany(h => Neighbours(h.Sentence, GriefReach)).Distinct().OrderBy(s => s.Index);
        foreach (var sentence in near)
            foreach (var r in people.In(sentence))
            {
                var who = people.Resolve(r);
                if (who is not { Kind: PersonKind.Named } || !isCharacter(who)) continue;
                var end = r.End - sentence.Start;
                var after = sentence.Lower[end..];
                var close = strong.Any(h => Math.Abs(h.Sentence.Index - sentence.Index) <= 2);
                var gone = close && r.Kind == PersonKind.Named && Predicate().Match(after) is { Success: true, Index: <= 9 } m && m.Value.EndsWith("gone", StringComparison.Ordinal);
                var grieved = !attributed && Grief().IsMatch(after) && (close || r.Kind == PersonKind.Named);
                if ((gone || grieved) && !ContentFinder.Cancelled(sentence, end)) found.Add(new Hit(MajorCharacterDeath, sentence, gone ? 0.8 : 0.45));
            }
        return found;
    }

    private const int GriefReach = 6;

    private static IEnumerable<Sentence> Neighbours(Sentence s, int reach)
    {
        var all = s.Document.Sentences;
        for (var i = Math.Max(0, s.Index - reach); i <= Math.Min(all.Count - 1, s.Index + reach); i++) yield return all[i];
    }
}
