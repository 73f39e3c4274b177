using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// Deaths told obliquely or after the fact, which unseen text showed the rules missed: a burial told by when or where
// ("we buried Dad on a Tuesday", "was buried at Brookwood"), the customs of a house of mourning (clocks stopped, the
// mirror covered, pennies on the eyes, a house hung with black), a coffin, a widow counting the weeks, a child who
// "would have been four in May", a body recovered or identified, the monitor's one long tone, an illness that "took
// her" a few words on, and someone "gone since the accident". Kinds of sign, written from the author's own passages
// (eval/dev5), not from any set's wording.
internal static class DeathRules
{
    private const string Number = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\\d+)";
    private const string When = "(?:today|tomorrow|this (?:week|month|year|spring|summer|autumn|winter|christmas)|next (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:her|his|their) birthday))";

    public static readonly ContentRule[] All =
    [
        // A burial told by when or where: "we buried Dad on a Tuesday", "Watson was buried at Brookwood".
        ContentRule.Of(CharacterDeath, @"\b((bury|buried|burying) (dad|mum|mom|mother|father|gran|granny|grandad|grandpa|grandma|nan|papa|mama|(my|our|her|his|their) (wife|husband|son|daughter|brother|sister|mother|father|mum|mom|dad|boy|girl|friend|baby|partner)|[a-z]+) (on (a |the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|day)|in the (rain|snow|plot|churchyard|cemetery|family)|beside|next to|at (the )?(church|cemetery|churchyard|chapel)|under (the|an|a) (yew|oak|willow)|at the (edge|foot|end|bottom|far end) of|behind the (church|chapel|house|barn|school)|last (week|month|year|spring|summer|autumn|winter)|yesterday)|(was|were|had been|has been|is being|is to be|will be|lies|lay) buried (at|in (the )?(churchyard|cemetery|family|plot|village|grave)|beside|next to|on (a|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|with (full|military|her|his|their)|under))\b", 0.75,
            Scope.Negation | Scope.Hypothetical,
            @"buried (it|myself|himself|herself|themselves|my face|his face|her face|(his|her|my|their) (head|nose|hands?|face|feet|toes|treasure|bone)|the (hatchet|lede|past|bone|treasure|capsule|time capsule|box))|(dog|cat|hamster|rabbit|goldfish|budgie|pet|tortoise|guinea pig|bird|kitten|puppy)\b|treasure|time capsule|in the sand|bury the|buried (in|under) (work|paperwork|papers|books|snow|blankets|the covers|the duvet|pillows|cushions)"),

        // A coffin that is not a vampire's; a small or white one is a child's.
        ContentRule.Of(CharacterDeath, @"\b((the|a) (little |small |tiny |white |plain |closed |open |oak |pine |wicker |cardboard |flag-draped )*coffin|coffin (was|went|lay|stood|passed|came))\b", 0.7,
            Scope.All, @"vampire|dracula|halloween|costume|coffin (dance|nails?|lid of (a|the) (costume|prop))|prop|joke|like a coffin|as a coffin|coffin-shaped|shaped like"),

        // A widow counting the time, or newly made one.
        ContentRule.Of(CharacterDeath, @"\b((had been|has been|'d been|was now|is now|became|been|was|is) (a )?widow(er)? (for|since|now|of (three|two|six|a few|some|only|barely|just))|newly widowed|widowed (last|this|in|only|barely|just|at|three|two|six|a (week|month|year|fortnight)))\b", 0.7,
            Scope.Negation | Scope.Distance, @"grass widow|black widow|widow's peak|golf widow|football widow"),

        // The dead counted in birthdays they did not have: "Lily would have been four in May".
        ContentRule.Of(CharacterDeath, $@"\b(would have (been|turned) {Number}( years old)? {When}|would have been {Number} (years|today)|would('ve| have) (been|turned) {Number} (this|next|on|in))\b", 0.7,
            Scope.Negation | Scope.Distance, @"if (she|he|they|i|you|we) (had|hadn't|'d)|married|together|in business|at the (company|firm|school)|(for|at) (work|school)"),

        // A house of mourning: stopped clocks, the covered mirror, pennies on the eyes, black hung on the house.
        ContentRule.Of(CharacterDeath, @"\b(stopped (the|all the|every) clocks?\b(?! (at (half|the)|on (the )?(quiz|game|match)))|(covered|draped|hung|turned) (a |the |her |his |black )?(\w+ ){0,2}(over|across) the (mirror|mirrors|looking-glass|looking glass)|pennies on (his|her|their) eyes|(closed|shut) (his|her|their) eyes for (him|her|them)|laid (him|her) out (in|on)|hung with black|house of mourning|went into mourning|in (deep |full )?mourning for|(wore|wearing|wears) black for (him|her|them)|black (arm ?band|crape|crepe))\b", 0.6,
            Scope.Negation | Scope.Distance, @"referee|timer|stopwatch|game|match|quiz|chess|the (play|scene|film)|vampire"),

        // A body found and brought back, or identified.
        ContentRule.Of(CharacterDeath, @"\b((recovered|found|pulled|brought up|dragged|fished) (his|her|their|the) (body|bodies)|(identified|identify|identifying) (the body|her body|his body|(him|her) (from|by) (the|a|her|his))|formally identified|(the|his|her) body (was|had been) (found|recovered|pulled|washed)|washed up (on|at) )\b", 0.75,
            Scope.All, @"(body|bodies) (of work|lotion|wash|spray|butter|language|double|clock|shop|armou?r|search)|bird|seal|whale|dolphin|fish|sheep|deer|fox"),

        // The monitor's one long tone.
        ContentRule.Of(CharacterDeath, @"\b(monitor|machine|heart monitor|ecg)\b.{0,40}\b(one|a|a single|the) (long|flat|continuous|unbroken|level|steady|high)[, ]+(\w+ ){0,2}(tone|note|whine|line|beep|alarm)\b", 0.7,
            Scope.All, @"(started|restarted|came back|shocked|shock|defib|pulse returned|sinus rhythm|got (him|her|them) back|brought (him|her|them) back)"),

        // An illness or the sea that took someone, a few words on: "the fever that came in with the damp took her".
        ContentRule.Of(CharacterDeath, @"\b(fever|cancer|illness|disease|stroke|consumption|influenza|pneumonia|typhoid|diphtheria|cholera|sickness|the flu|tumou?r|the sea|the war)\b[^.;:!?]{1,60}\btook (him|her|them)\b(?! (to|into|in(?! (a|one|the|her|his|their|its) )|out|away|home|back|off|up|down|a |the |for|by|under|aside|over))", 0.7,
            Scope.All),

        // Gone since the accident: an absence that dates from a death.
        ContentRule.Of(CharacterDeath, @"\b(had been|has been|'d been|'s been|have been|was|is) gone (since|for \w+ (weeks|months|years) since) (the |that |her |his )?(accident|crash|fire|flood|funeral|war|overdose|shooting|stroke|heart attack|collision)\b", 0.75,
            Scope.All),

        // The grave visited, the body given its cause by whoever came for it, the eyes that stopped seeing.
        ContentRule.Of(CharacterDeath, @"\b((visit(s|ed|ing)?|stood at|stands at|standing at|knelt (at|by)|kneels (at|by)|kneeling (at|by)) (the|a|her|his|their|[a-z]+'s) grave\b|natural causes|(his|her|their) eyes (\w+ ){0,4}(went|grew|turned|were|was|had gone) (glassy|sightless|unseeing|fixed on nothing)|(his|her|their|[a-z]+'s) eyes ([\w']+,? ){0,6}and then (were|was|went|grew) still)\b", 0.7,
            Scope.Negation | Scope.Hypothetical, @"grave (voice|face|expression|tone|look|concern|danger|mistake|error|news|manner)|the grave of (the|a) (king|queen|poet|unknown)|vampire|zombie"),
    ];

    // Distinctive word beginnings for these rules (ContentRules.Stems takes them in).
    public static readonly Dictionary<string, string[]> Stems = new()
    {
        [CharacterDeath] = ["bury", "buried", "burying", "coffin", "widow", "would", "stopped", "mirror", "looking", "pennies", "closed", "shut", "laid", "hung", "mourning", "black", "recovered", "found", "pulled", "brought", "dragged", "fished", "identif", "body", "washed", "monitor", "machine", "ecg", "took", "gone", "grave", "natural", "eyes"],
    };
}
