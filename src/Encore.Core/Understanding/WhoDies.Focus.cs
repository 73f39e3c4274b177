using System.Text.RegularExpressions;
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
}
