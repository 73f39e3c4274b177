using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// Signs told by what they leave behind: hidden pills and a borrowed prescription, a sleeve still rolled up, the
// smell of drink on someone at the door, debts to the wine-merchant, waking in A&E, clothes on the floor, a lie
// about having eaten. Each is a kind of sign, weighed like the rules in ContentRules; most are weak alone (under
// 0.5) and count when another sign of the same label keeps them company.
internal static class AftermathRules
{
    private const string Pills = "(?:pills?|tablets|painkillers|oxy\\w*|xanax|valium|adderall|codeine)";
    private const string Drink = "(?:spirits|drink|whisk(?:e)?y|gin|brandy|alcohol|booze|beer|wine|rum|vodka|scotch)";
    private const string Garment = "(?:shirt|dress|top|jumper|sweater|t-shirt|blouse|nightgown|nightdress|shift|chemise|vest)";

    // An internal label: waking in hospital, which with suicidal thoughts tells an attempt (ContentFinder).
    public const string WokeInHospital = "woke in hospital";

    public static readonly ContentRule[] All =
    [
        // Drug use: pills hidden, pills from someone who is not a doctor, the kit and the rolled sleeve, a vow to stop.
        ContentRule.Of(DrugUse, $@"\b{Pills}\b.{{0,80}}\b(mint tin|sweet tin|tobacco tin|stash(ed)?|hidden|hid|hiding|tucked|lived in (a|her|his|the))\b", 0.45,
            unless: @"(hid|hidden|hiding|tucked|locked) (the|her|his|my|all the) (pills|tablets)\b.{0,40}\b(from (her|him|them)|so (she|he|they) (couldn't|could not|wouldn't))"),
        ContentRule.Of(DrugUse, $@"\b(a (guy|man|bloke|mate|friend|woman|girl) who knew (a guy|a man|someone|somebody|people)|off the (internet|dark ?web)|(online|internet) pharmacy|(got|gets|getting|bought|buys|buying) (them|it|more|{Pills}) (from|off) (a|his|her|some) (guy|bloke|mate|contact|friend of a friend))\b", 0.4),
        // A prescription that ran out, and the pills went on.
        ContentRule.Of(DrugUse, @"\b(prescription|script)s?\b.{0,40}\b(had )?(run|ran) out\b.{0,80}\b(but|anyway|still)\b", 0.5,
            unless: @"renew|refill|repeat|(doctor|gp|pharmac\w*) (gave|wrote|sent|renewed)|new one"),
        ContentRule.Of(DrugUse, $@"\b((prescription|pill|medicine|tablet)s?( bottle)?\b.{{0,60}}\b(someone|somebody) else's name|(someone|somebody) else's (prescription|pills|meds|medication|tablets))\b", 0.55),
        ContentRule.Of(DrugUse, @"\b((case|kit|needle|syringe|spoon|tourniquet)\b.{0,120}\bsleeves? ((was|were) )?(still )?(rolled|pushed) (up|to the elbow|back)|sleeves? ((was|were) )?(still )?(rolled|pushed) (up|to the elbow)\b.{0,120}\b(needle|syringe|spoon|tourniquet|vein|(eyes|pupils) (bright|glassy|unfocused|pinned|blown)))\b", 0.45),
        ContentRule.Of(DrugUse, @"\b(never|won't|will not|not going to|swear (i'll|i will|i shall) never) (touch|take|use) (the stuff|that stuff|the drug|the needle) again\b", 0.35, Scope.Distance),

        // Overdose: a supply that was not what it was sold as; nobody there to find them.
        ContentRule.Of(DrugOverdose, @"\b(sold (to (her|him|them|me) )?as (something|a) (milder|weaker|else|safer|different)|(wasn't|was not|weren't|were not) what (she|he|they|i) (thought|was told|were told))\b", 0.45),
        ContentRule.Of(DrugOverdose, @"\b((nobody|no one|no-one) (found|checked on|came for) (her|him|them) (until|for)|found (her|him|them) (the next morning|hours later|(two|three|a few|several) days later))\b", 0.4),

        // Alcohol abuse: drink at the wrong hour (the hour first), its smell on someone again and again, its debts,
        // coming home drunk as a habit.
        ContentRule.Of(AlcoholAbuse, $@"\b((at (nine|ten|eleven)( o'clock)? in the morning|before (noon|breakfast|lunch))\b.{{0,120}}\b(drank|drink|drinking|swig|poured (himself|herself|a)|bottle|flask))\b", 0.55,
            unless: @"(coffee|tea|water|juice|milk|cocoa)"),
        ContentRule.Of(AlcoholAbuse, $@"\b((smell|stink|reek|whiff) of {Drink}\b.{{0,40}}\b(on (him|her|his breath|her breath|\w+)|breath)|(breath|he|she|they) (smelled|smelt|stank|reeked) of {Drink})\b", 0.4),
        ContentRule.Of(AlcoholAbuse, $@"\b((smell|stink|reek|whiff) of {Drink}|(smelled|smelt|stank|reeked) of {Drink})\b.{{0,100}}\b(again|every (day|night|morning|evening|time)|always|the (evening|night|day|morning) before,? and the (evening|night|day|morning) before that)\b", 0.55),
        ContentRule.Of(AlcoholAbuse, @"\b(owe|owed|owes|owing|debts?|bills?|tab|slate) (to |at |with |from )?(the )?(wine[- ]?merchant|vintner|publican|off-licen[cs]e|liquor store|tavern|ale-?house)\b", 0.4),
        ContentRule.Of(AlcoholAbuse, @"\b((comes|came|coming|come) home (very |so |rather )?(merry|drunk|tight|the worse for (drink|wine|wear)|in drink|reeling|staggering)\b.{0,60}\b(often|every|most|again|past (midnight|one|two|three|four))|(often|every night|most nights|again) (comes|came|coming) home (very |so )?(merry|drunk|tight|the worse for))\b", 0.45),

        // Suicide: regret at having tried; waking in hospital (an attempt when the thoughts are there too).
        ContentRule.Of(SuicideAttempt, @"\b(sorry|glad|ashamed|regretted|relieved) (that )?(she|he|i|they)('d| had)? tried\b(?! (to|and|hard|on|it|the|a|his|her))", 0.6, Scope.Distance),
        ContentRule.Of(WokeInHospital, @"\b((woke|wakes|waking|awoke|came round|came to) (up )?(in|on) (a&e|the a&e|hospital|a hospital|the hospital|intensive care|the icu|icu|a ward|the ward|resus|a hospital bed|the er)\b|(woke|wakes|waking|awoke) (up )?(in|on)\b.{0,80}\bcannula)", 0.6),
        ContentRule.Of(SuicidalThoughts, @"\b((would|'d) be a relief to (stop|die|end it|not wake( up)?|be gone|not be here|not exist|just stop)|(go on|get on|carry on|manage|do) (perfectly |just )?(well|fine|better) without me\b|((wouldn't|would) it be|it would be|it'd be) easier if (i|she|he|they) (just )?(didn't|did not|never) wake( up)?|(he|she|i) (was|am|'m|is|were) (just |only |nothing but )?a burden\b|(everyone|everybody|the world) (would|'d) be (relieved|better off|happier)\b(?! (to|that|when|by|about|at)))", 0.55,
            Scope.Negation | Scope.Distance),
        ContentRule.Of(SuicidalThoughts, @"\bno point (in|to) (any of it|anything|it all|carrying on|getting up|being here)\b", 0.45, Scope.Negation | Scope.Distance),

        // Sex, told by its edges: undressing someone, clothes on the floor, tangled together after.
        ContentRule.Of(SexualContent, $@"\b((pulled|tugged|dragged|eased|slid|peeled|pushed|lifted|worked) (the|his|her|their|\w+'s) {Garment} (up )?(over|off over) (his|her|their|\w+'s) (head|shoulders)|{Garment}\b.{{0,40}}\bon the floor\b.{{0,80}}\b(his|her|their) {Garment}|(clothes|clothing) (scattered|strewn|in a trail) (across|over|on) the floor)\b", 0.5,
            unless: @"danc|costume|fitting|dresser|wardrobe|quick change|rehears|laundry|washing|toddler|child|baby|sick|fever|doctor|nurse|rape|forced"),
        ContentRule.Of(SexualContent, @"\b((later|afterwards?|after),? (\w+ ){0,3}(tangled|sprawled) together|tangled together\b.{0,40}\b(sheets|bed|covers|naked|skin)|(sheets|covers|duvet|bedclothes) (half )?on the floor\b.{0,80}\b(tangled|naked|breathless|sweaty))\b", 0.55,
            unless: @"sofa|couch|film|movie|tv|television|puppies|kittens|children|kids|rape|forced"),
        ContentRule.Of(SexualContent, @"\b((she|i) (woke|lay|was lying|wakes|lies) (up )?in his bed|(he|i) (woke|lay|was lying|wakes|lies) (up )?in her bed)\b", 0.35, unless: @"ill|sick|fever|rape|forced"),

        // Eating disorders: lying about having eaten, guilt after food, the count kept in the head.
        ContentRule.Of(EatingDisorders, @"\b((i|i've|i have) (already )?(ate|eaten|had (something|lunch|dinner|breakfast|a big lunch))\b.{0,60}\b(a lie|lied|lying|wasn't true|was not true|hadn't|had not)|(lied|lies|lying) (about|that) (having )?(eaten|eating|she'd eaten|he'd eaten|she had eaten|he had eaten)|(pretended|pretends|pretending) to (eat|have eaten))\b", 0.5,
            unless: @"stomach bug|food poisoning|pregnan|surprise|party|present|gift"),
        ContentRule.Of(EatingDisorders, @"\b((regretted|regrets|regret|hated (herself|himself|myself) for|punish(ed|es)? (herself|himself|myself) for)\b.{0,30}\b(eating|swallow\w*|every (bite|mouthful|almond|calorie|crumb))|(kept|keeps|keeping) (the |a )?count\b.{0,60}\b(coffee|apple|almond|calorie|bite|mouthful|ate|eaten|food|swallowed))\b", 0.4),

        // Depression, told by withdrawal: lying with the face to the wall, neither eating nor speaking, "what is the use".
        ContentRule.Of(Depression, @"\b(face to the wall|neither eating nor (speaking|sleeping|talking|washing)|(stopped|stops|gave up) (eating|washing) (and|or) (speaking|talking|sleeping|washing|eating)|what('s| is| was) the (use|point) (of|in) (any of it|anything|it all|getting up|going on))\b", 0.35,
            Scope.Negation | Scope.Distance),

        // A hospital stay told by its people and rooms: the surgeon in the waiting room, a life lost on the table.
        ContentRule.Of(Hospitalization, @"\b((surgeon|surgeons|consultant|registrar)\b.{0,60}\b(waiting room|relatives' room|family room)|(waiting room|relatives' room|family room)\b.{0,60}\b(surgeon|surgery|theatre|operating)|(lost|losing) (him|her|them|\w+) on the (operating )?table)\b", 0.6,
            unless: @"card|poker|game|negotiat|dinner|kitchen|vet\b|dentist"),

        // Violence: a hand, fist or boot that lands on someone.
        ContentRule.Of(Violence, @"\b((the )?back of (his|her|their|\w+'s) hand|(his|her|their|\w+'s) (open )?(hand|palm|fist|knuckles|boot|belt)) (caught|struck|hit|cracked|connected with|landed on|met|smacked|found) (him|her|me|them|\w+) (hard )?(across|in|on|full in) (the|his|her|my|their) (mouth|face|cheek|jaw|head|ear|nose|temple|ribs)\b", 0.7,
            unless: @"in the (play|film|movie|show|scene)|stage combat|fight choreography|gently|softly|tenderly|caress|stroke|brushed"),
    ];

    // Distinctive word beginnings for these rules (ContentRules.Stems takes them in).
    public static readonly Dictionary<string, string[]> Stems = new()
    {
        [DrugUse] = ["codeine", "tin", "stash", "hid", "tucked", "guy", "prescription", "script", "internet", "online", "pharmacy", "else", "sleeve", "touch"],
        [DrugOverdose] = ["sold", "wasn", "weren", "nobody", "found"],
        [AlcoholAbuse] = ["morning", "noon", "breakfast", "lunch", "smell", "stink", "reek", "whiff", "owe", "debt", "bill", "tab", "slate", "merry", "tight", "reeling", "staggering"],
        [SuicideAttempt] = ["tried", "note"],
        [WokeInHospital] = ["woke", "wakes", "waking", "awoke", "came", "cannula"],
        [SuicidalThoughts] = ["relief", "without", "easier", "burden", "relieved", "better", "happier", "point"],
        [SexualContent] = ["pulled", "tugged", "dragged", "eased", "slid", "peeled", "pushed", "lifted", "worked", "floor", "clothes", "clothing", "later", "after", "tangled", "sheets", "covers", "duvet", "bedclothes", "woke", "lay", "lying", "lies"],
        [EatingDisorders] = ["ate", "eaten", "lied", "lies", "lying", "pretend", "regret", "hated", "punish", "kept", "keeps", "keeping"],
        [Violence] = ["back", "hand", "palm", "fist", "knuckles", "boot", "belt"],
        [Depression] = ["face", "neither", "stopped", "stops", "gave", "what"],
        [Hospitalization] = ["surgeon", "consultant", "registrar", "waiting", "relatives", "family", "lost", "losing"],
    };
}
