using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// The signs unseen text showed the rules missed most: how an attempt is narrated (every last pill, a named bridge, a
// ligature that gave way), an overdose left with a note or meant, and a minor's age said the ways people say it
// ("we were both sixteen", "you're fifteen", "neither of us was old enough to vote"). Written as kinds of sign, from
// passages of the rules' author's own, not from any set's wording.
internal static class WarningRules
{
    private const string Self = "(?:herself|himself|myself|themselves|yourself|themself)";
    private const string Poss = "(?:his|her|my|their|your|our)";
    private const string Teen = "(?:thirteen|fourteen|fifteen|sixteen|seventeen|1[3-7])";

    // What follows a number that is not an age ("sixteen hours", "seventeen quid").
    private const string NotAge = @"(?! (o'clock|minutes|hours|days|weeks|months|years|percent|dollars|pounds|quid|pence|past|to|am|pm|times|feet|foot|miles|pages|shows|stone|inches|degrees|hundred|thousand|of (us|them|the)))";

    // An internal label: the intent told beside an overdose ("she meant it", a note left), which makes it an attempt.
    public const string Intent = "intent";

    public static readonly ContentRule[] All =
    [
        // Swallowing all of a medicine: the count is what says it was meant.
        ContentRule.Of(SuicideAttempt, $@"\b(swallowed|took|taken|downed|necked|drank|drunk|gulped|chewed) (down )?(every|each) (single |last )*(one of them|pill|tablet|capsule|sleeping pill|painkiller)s?\b|\b(swallowed|took|downed|necked|gulped) (down )?(all|the whole lot|the lot) of (them|it|the pills|the tablets|{Poss} (pills|tablets|meds|medication|prescription))\b", 0.75),
        // The whole bottle, or all of it: medicine or drink, so it counts only with another sign (a note, pills named).
        ContentRule.Of(SuicideAttempt, @"\b(swallowed|drank|drunk|downed|gulped|took) (down )?the (whole|entire) (of it|bottle|packet|box|strip|lot)\b", 0.45,
            unless: @"\b(wine|beer|vodka|gin|whisk(e)?y|rum|champagne|prosecco|cider|water|milk|juice|coke|cola|lemonade|squash|tea|coffee|cake|biscuits|crisps|chocolate|sweets|cereal)\b"),
        // A jump or a fall chosen: from a named bridge or a height, in front of a train.
        ContentRule.Of(SuicideAttempt, $@"\b(jumped|jumps|jumping|leapt|leaped|stepped|threw {Self}|flung {Self}) (off|from) (the|a|an) ([\w'-]+ ){{0,3}}(bridge|viaduct|overpass|flyover|parapet|cliffs?|clifftop|multi-storey|car park roof|tower block|balcony|rooftop)\b|\b(jumped|stepped|threw {Self}|flung {Self}|flung {Self}) (out )?(in front of|under) (a|the|an) (oncoming |approaching |northbound |southbound )?(train|tube|lorry|truck|bus)\b", 0.75,
            unless: @"\b(into the (sea|water|river|lake|pool) (to|for) (cool|swim)|for (fun|a dare|a laugh|charity)|on a dare|bungee|parachute|zip ?wire|diving|dived|stunt|wetsuit|swimmers?)\b"),
        // A ligature told by what it was tied to, or by what gave way.
        ContentRule.Of(SuicideAttempt, @"\b((belt|rope|cord|scarf|flex|cable|sheet|tie|ligature) (was )?(still )?(tight |knotted |looped )?(round|around|about) (my|her|his|their) neck|(the )?(hook|beam|banister|bannister|rail|pipe|curtain pole|light fitting|branch) (gave way|snapped|broke|came (away|out of the (wall|ceiling)))\b.{0,80}\b(belt|rope|cord|scarf|flex|cable|neck)|(belt|rope|cord|scarf|flex|cable)\b.{0,80}\b(hook|beam|banister|bannister|pipe|curtain pole|light fitting)\b.{0,60}\b(gave way|snapped|broke|came away))\b", 0.7,
            unless: @"\b(lanyard|necklace|medal|stethoscope|tape measure|dog lead|leash|costume|rehears)"),

        // All of a named medicine taken at once (not the day's dose, taken as prescribed).
        ContentRule.Of(SuicideAttempt, $@"\b(took|swallowed|downed|necked|taken) (all|the whole (box|packet|bottle|strip)) (of )?(my|her|his|their|the|mum's|dad's) (antidepressants|sleeping (pills|tablets)|painkillers|sertraline|fluoxetine|citalopram|mirtazapine|amitriptyline|paracetamol|co-codamol|codeine|tramadol|diazepam|lithium|insulin|prozac|zoloft|ambien|valium|xanax|oxycodone|morphine|laudanum|veronal|chloral)\b", 0.6,
            unless: @"\b(every (day|morning|night)|each (day|morning|night)|daily|this morning|tonight|at (breakfast|lunch|dinner|bedtime)|made sure|remember(ed)?|on time|as (prescribed|directed)|like a good)\b"),

        // An overdose found in time: the stomach pumped, whoever's it was.
        ContentRule.Of(DrugOverdose, @"\b(pumped (my|your|our|\w+'s) stomach|(had|has|have|having|get|got|getting) (my|your|her|his|their) stomachs? pumped)\b", 0.85),

        // Sex told by its edges: protection, and lying together after. Each needs company.
        ContentRule.Of(SexualContent, @"\b(condoms?|contraception|morning-after pill)\b", 0.4,
            unless: @"\b(advert|machine|banana|sex ed|sex education|health (class|lesson)|leaflet|lecture|pharmacy shelf|joke)"),
        ContentRule.Of(SexualContent, @"\bafter(wards?)?,? (\w+ ){0,3}(lay|lying|lain|curled|stayed) (\w+ ){0,2}(together|tangled|entwined|in each other's arms)\b", 0.5,
            unless: @"\b(film|movie|sofa|couch|tv|television|kids|children|puppies|kittens|picnic|grass|beach|sand|lawn|field|hill|roof|stars|sun)\b"),
        ContentRule.Of(SexualContent, @"\b(been )?(sleeping|slept) with (\w+) (since|for (weeks|months|a year|years)|behind|every (night|weekend)|on and off)\b", 0.55,
            unless: @"\b(teddy|toy|bear|rabbit|bunny|doll|blanket|light|lamp|window|door|radio|tv|dog|cat|knife|gun|phone)\b"),

        // A threat that keeps a child quiet: abuse told (with a minor's age, Underage Sex).
        ContentRule.Of(ContentRules.Disclosure, @"\b(nobody|no one|no-one) (would|will|'d|is going to|was going to) (ever )?believe (you|her|him|me)\b", 0.6, Scope.Distance),

        // Intent, beside an overdose or a fall (ContentFinder makes it an attempt).
        ContentRule.Of(Intent, @"\b((she|he|they|i|you) (meant|had meant) (it|to)\b(?! (to (say|ask|tell|call|come|go|be|do|get|bring|buy|write|ring|text|send|give|make)))|(wasn't|was not|weren't|was no|were no|it wasn't|it was not) (an )?accident|on purpose|deliberately|(left|wrote|written|leave) (a|the|her|his) (note|letter)|(a|the) (note|letter) (propped|left|addressed|on (the|her|his|my) (pillow|bed|table|desk|mantel))|(note|letter) addressed to|beside (a|the) (note|letter))\b", 0.6,
            Scope.Negation | Scope.Distance),

        // A minor's age, said the ways people say it.
        ContentRule.Of(ContentRules.Minor, $@"\b((we|they|you|i|she|he|both|\w+) (were|was|are|is|am|'re|'s|'m) (both |all |still |only |just |barely )+{Teen}\b{NotAge}|(you're|you are|i'm|i am|she's|she is|he's|he is|we're|we are|they're|they are) (both |all |still |only |just |barely )*{Teen}\b{NotAge}|(neither|none) of (us|them) (was|were) old enough to (vote|consent|drive)|(not|n't|nowhere near) old enough to (vote|consent)|(under|below) the age of consent|too young to consent|{Teen} (that|this|last) (summer|spring|autumn|fall|winter|year|term)|(at|aged) {Teen}[,.;:!?]|(in|during) (my|her|his|their|our) (sophomore|freshman|junior) year of high school|(sophomore|freshman) year)\b", 0.8, Scope.None,
            unless: @"\b(years ago|years later|grown[- ]up|now (she|he|i)('s| is| am|'m) (twenty|thirty|forty|fifty)|in (her|his|my) (twenties|thirties|forties))\b"),
    ];

    // Distinctive word beginnings for these rules (ContentRules.Stems takes them in).
    public static readonly Dictionary<string, string[]> Stems = new()
    {
        [SuicideAttempt] = ["swallowed", "took", "taken", "downed", "necked", "drank", "drunk", "gulped", "chewed", "jump", "leap", "stepped", "threw", "flung", "belt", "rope", "cord", "scarf", "flex", "cable", "sheet", "tie", "ligature"],
        [DrugOverdose] = ["pumped", "stomach"],
        [SexualContent] = ["condom", "contraception", "morning-after", "after", "sleeping", "slept"],
        [ContentRules.Disclosure] = ["believe"],
        [Intent] = ["meant", "accident", "purpose", "deliberately", "left", "wrote", "written", "leave", "note", "letter"],
        [ContentRules.Minor] = ["neither", "none", "old", "consent", "young", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "1", "sophomore", "freshman", "junior"],
    };
}
