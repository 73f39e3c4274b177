using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// How fiction tells self-harm, suicidal thoughts, depression and an overdose without naming them: self-harm by its
// marks and their hiding (rows of lines, old scars beside new ones, a sharpener taken apart for its blade, sleeves in
// a heatwave); thoughts of suicide by hoping not to wake, letters that absolve, things given away, methods looked
// up; depression by what stops (bed since Sunday, the dishes, "the grey came back", food tasting of cardboard); an
// overdose by its treatment (charcoal, a nasal spray pushed into a nose, an antidote drip). Most are weak alone and
// count with company. Written as kinds of sign from eval/dev6's author's own knowledge, not from any set's wording.
internal static class MindRules
{
    private const string Poss = "(?:his|her|my|their|your|our)";
    private const string Body = "(?:wrists?|forearms?|arms?|thighs?|hips?|stomach|ankles?|upper arms?)";
    private const string Teen = "(?:thirteen|fourteen|fifteen|sixteen|seventeen|1[3-7])";

    public static readonly ContentRule[] All =
    [
        // Self-harm: marks in rows, or old beside new (it was done again and again), and the hiding of them.
        ContentRule.Of(SelfHarm, $@"\b((rows? of|ladder of|neat|parallel|tidy) (\w+ ){{0,3}}(lines|cuts|scars|scratches|nicks|marks)\b.{{0,60}}\b{Body}|(old|older|faded|healed|white|silver(y|ed)?) (\w+ )?(scars|lines|marks|cuts)\b.{{0,40}}\b(newer|fresher|fresh|raw|pink|red)( ones| cuts| lines)?|(some|the) (fresh|new|newer)\b.{{0,20}}\b(some|others) (already |long )?(old|older|silvered|healed|faded|white))\b", 0.5,
            unless: @"\b(surger|operation|accident|fell|fall|bike|dog|cat\b|war\b|battle|sword|fight|acne|chicken ?pox|stretch marks|tattoo|pen\b|ink|paint|chalk|pencil|tyre|skid|ski\b)"),
        ContentRule.Of(SelfHarm, @"\b((pulled|tugged|yanked|dragged|kept|pulls|tugs|yanks) (\w+ )?(cuffs?|sleeves?) (down|over)|(hoodie|long sleeves|long-sleeved|cardigan|sweatshirt|jumper)\b.{0,80}\b(hottest|heatwave|heat wave|july|august|boiling|sweltering|thirty degrees)|(hottest|heatwave|heat wave|sweltering|boiling)\b.{0,80}\b(hoodie|long sleeves|long-sleeved|cardigan|sweatshirt|jumper))\b", 0.35,
            unless: @"\b(allerg|eczema|sunburn|sun ?cream|cold\b|freez|air[- ]con|costume|uniform|fashion|shy|hands (were|felt) cold|excited|nerv\w*|bruis\w*|fingermarks?|grip)"),
        ContentRule.Of(SelfHarm, @"\b((screw|screwdriver|took apart|taken apart|took (\w+ )?apart|prised|pried|broke open|snapped open|unscrewed)\b.{0,40}\b(sharpeners?|disposable razors?|safety razors?)|(sharpeners?|razors?)\b.{0,30}\b(apart|unscrewed|prised open|pried open)|blades? (came )?(out of|from) (a|the|his|her|my) (\w+ )?(sharpener|razor)s?|(blades?|razors?)\b.{0,60}\b(tissue|mint tin|sock drawer|pencil case|under the (mattress|insole|floorboard)))\b", 0.45,
            unless: @"\b(shav\w*|beard|stubble|stanley|craft|kitchen|chef|carpent|workshop|model kit)"),
        ContentRule.Of(SelfHarm, $@"\b((carved|scratched|cut|etched) (\w+ ){{0,3}}into {Poss} (own )?(skin|arms?|thighs?|wrists?|forearms?|stomach|hips?)|tally (marks )?(on|along|across|up) {Poss} {Body})\b", 0.6,
            unless: @"\b(tattoo\w*|pen\b|biro|marker|ink|henna|glitter|make-?up|eyeliner|rope|strap|straps|wire|elastic|waistband|bra)"),
        ContentRule.Of(SelfHarm, @"\b(plasters|bandages|gauze|dressings|steri-strips|antiseptic)\b.{0,80}\b(would not notice|wouldn't notice|would never notice|didn't notice|where (nobody|no one|his mother|her mother|his mum|her mum) (would|could)|hid|hidden|secret)\b", 0.4),
        ContentRule.Of(SelfHarm, @"\b(only (thing|way)\b.{0,40}\b(made|makes|make|to make|to get|that got) (the (noise|noises|voices?|panic|thoughts?|buzzing|screaming|static)|(her|his|my) head) (in (her|his|my) head )?(go |to go )?(quiet|quieter|still|calm|shut up|away))\b", 0.3,
            unless: @"\b(music|run|running|swim|drink|wine|gin|vodka|pill|smok|song|piano|guitar|dance|danc|sex|kiss)"),

        // Suicidal thoughts: hoping not to wake, or sorry to have woken; letters that tell each one it was not their
        // fault; things given away and affairs settled; methods looked up; "you'd all be better off".
        ContentRule.Of(SuicidalThoughts, @"\b((hop(ed|es|ing)|pray(ed|s|ing)|wish(ed|es|ing)?)\b.{0,30}\b(he|she|i|they) (would not|wouldn't|might not|would never|won't|will not|will never) wake( up)?|(disappointed|sorry|angry) (to (find (himself|herself|myself) )?(still (alive|here|breathing))|(that )?(he|she|i) (was|were) still (alive|here|breathing))|still (there|here|alive),? disappointed)\b", 0.65,
            Scope.Negation | Scope.Distance),
        ContentRule.Of(SuicidalThoughts, @"\b((letters?|notes?)\b.{0,160}\b(not (their|your|his|her|anyone's|anybody's) fault|(wasn't|isn't|was not|is not) (their|your|his|her|anyone's) fault))\b", 0.45,
            Scope.Distance, @"\b(break(ing)? up|dump|divorce|resign|quit|job|redundan|move|moving)", window: 2),
        ContentRule.Of(SuicidalThoughts, @"\b((could|can) have (my|her|his) (\w+ )?(bike|guitar|records|books|clothes|things|car|room|jewellery|cat|dog|camera|laptop)\b(?! (back|for|until|while|when))|(gave|giving|give|given|gives) away (his|her|my|their|all (his|her|my)|everything|most of (his|her|my)) ?(\w+ )?(records|books|guitar|things|belongings|possessions|clothes|stuff|cds|games|jewellery|plants|camera|cat|dog)?|(paid|settled|cleared) (\w+ ){0,3}(bills?|debts?|rent)\b.{0,30}\b(ahead|in advance)|returned every (library )?book|(put|putting|sorted|settled) (his|her|my) affairs (in order)?)\b", 0.35,
            Scope.Negation | Scope.Distance, @"\b(mov(e|ing) (to|house|abroad|out)|emigrat|suitcase|flight|airport|downsiz|declutter|clear-?out|charity shop|wedding|birthday|christmas|present|prize|away (from|at|to)|the game|the answer|the secret|the bride)"),
        ContentRule.Of(SuicidalThoughts, @"\b((stopped needing|had stopped needing) (any of )?(it|them|anything)|(won't|wouldn't|will not|would not) (be )?need(ing)? (it|them|any of (it|this|them)|anything) (any ?more|where (i'm|he's|she's|they're) going)|(decided|settled|fixed) on (the|a) (day|date|night)\b(?!.{0,30}(wedding|party|move|holiday|trip|meeting|launch|opening|exam)))\b", 0.4,
            Scope.Negation | Scope.Distance),
        ContentRule.Of(SuicidalThoughts, @"\b(how many (\w+ ){0,2}(is|are|would be|does it take)\b.{0,20}\b(lethal|fatal|enough to (die|kill))|(a )?(lethal|fatal) (dose|amount) of|(painless|quickest|easiest|surest) (way|ways|method|methods) to (die|go|kill (yourself|myself|herself|himself)|end it)|(tallest|highest) (bridges?|buildings?|cliffs?|car parks?) (near|in|around)|would (a|the) (train )?driver see)\b", 0.6,
            Scope.Negation | Scope.Distance, @"\b(novel|book|murder|detective|victim|autopsy|killer|crime|chapter|plot|nurse|pharmac|vet\b|dog|cat\b|horse|rat poison|pest)"),
        ContentRule.Of(SuicidalThoughts, @"\b((you'?d|you would|they'?d|they would|everyone'?d|everybody'?d|everyone would|everybody would|all of you would) (all )?be better off\b(?!.{0,15}\b(with|if you|taking|going|asking|staying|in|at|on|by|using|talking|selling|buying|calling|waiting|getting|trying|leaving it)\b)|easier (the day|when|once|after) (i'm|i am|she's|he's|i've|she is|he is) (not in it|gone|not here|not around|dead))\b", 0.6,
            Scope.Negation | Scope.Distance),
        ContentRule.Of(SuicidalThoughts, @"\b((had )?meant to die|wanted to die\b.{0,20}\b(yes|she said yes|he said yes)|stood (there )?through (two|three|four|five|several|\w+) trains)\b", 0.6, Scope.Negation | Scope.Distance),

        // Suicide attempts told by the act: exhaust fumes piped in, pockets filled with stones, a cut lengthways, "the night she tried".
        ContentRule.Of(SuicideAttempt, @"\b((hose|hosepipe|tube|pipe)\b.{0,40}\bexhaust|exhaust\b.{0,40}\b(hose|hosepipe|tube|pipe)|engine (running|had been running|left running)\b.{0,80}\b(garage|fumes)|(garage|fumes)\b.{0,80}\bengine (was |had been )?(running|left running)|(pockets?|coat) (full of|filled with|weighted with|heavy with) (stones|rocks)|(filled|weighted|loaded) (my|her|his|their) pockets with (stones|rocks)|(cut|slashed|opened|sliced) (\w+ ){0,3}(lengthways|lengthwise|along the veins?))\b", 0.7,
            Scope.Negation | Scope.Distance, @"\b(mechanic|repair|fix(ed|ing)? (the|a)|hoover|vacuum|aquarium|garden|cake|bread|vegetable|carrot|fish)"),
        ContentRule.Of(SuicideAttempt, @"\b(drank|swallowed|drunk|downed) (\w+ ){0,2}(bleach|weedkiller|antifreeze|paraquat|drain cleaner)\b", 0.6,
            Scope.Negation | Scope.Distance, @"\b(accident\w*|by mistake|toddler|child|baby|kid|dog|cat\b|thought it was|mistook)"),
        ContentRule.Of(SuicideAttempt, @"\bthe (night|day|weekend|evening|morning|summer|winter|spring|autumn) (that )?(\w+'s )?((my|her|his|our) )?(\w+ )?(tried|attempted)(?=\s*[.,;:!?""”—]|\s*$)", 0.6, Scope.Distance),

        // An overdose told by its treatment and its signs.
        ContentRule.Of(DrugOverdose, @"\b((nurse|doctor|paramedic|a&e|ward|hospital|cubicle)\b.{0,200}\b(activated )?charcoal|(activated )?charcoal\b.{0,200}\b(nurse|doctor|a&e|ward|hospital|stomach|tube|drink it|swallow|all of it))\b", 0.6,
            unless: @"\b(\bvets?\b|veterinar|dog|puppy|cat\b|kitten|barbecue|bbq|drawing|sketch|grill|briquette|filter|face mask|toothpaste|charcoal (grey|gray|suit|coat|jumper|sky))", window: 2),
        ContentRule.Of(DrugOverdose, @"\b(lips\b.{0,25}\b(blue|purple|dusky|violet|colour of a bruise|color of a bruise)|(pushed|put|stuck|sprayed|pressed|jammed) (the )?(nozzle|spray|applicator)\b.{0,20}\b(up|into) (his|her|their) (nose|nostril)|(noise|sound|breathing)\b.{0,30}\b(like snoring|snoring) but (wrong|not)|(first|other) (one|two|three|ones) (weren't|wasn't|were not|was not|didn't|did not) (doing anything|working|kick(ing)? in)|(bottle|packet|box|strip)s? of (\w+'s |her |his |my |the )?(tablets|pills|painkillers|sleeping pills)\b.{0,20}\b(on the floor|empty|on its side|spilled|scattered)|how many (were|had gone|was|are) missing)\b", 0.45,
            unless: @"\b(cold|freez|snow|swim|water|ice|lake|sea\b|pool|drown|asthma|inhaler|decongestant|hay ?fever|allerg|saline|sinus|lipstick|blueberr|wine|ink|paint|berries|vaccine|snake|antivenom)"),
        // An antidote run into a vein, or enough swallowed to kill, is poisoning told plainly; found unresponsive with the means.
        ContentRule.Of(DrugOverdose, @"\b((antidote|acetylcysteine|parvolex) (drip|infusion|treatment)|(drip|infusion) of (the )?antidote|(swallowed|taken|took)\b.{0,30}\benough to (have )?kill(ed)? (her|him|them|me|you)|unresponsive\b.{0,80}\b(bottle|pills|tablets|packet|needle|syringe|powder)|(bottle|pills|tablets|packet|needle|syringe)\b.{0,80}\bunresponsive)\b", 0.55,
            unless: @"\b(snake|bite|sting|antivenom|mushroom|water|smoke|sea|river|berries|dog|cat\b|vet)"),
        ContentRule.Of(DrugOverdose, @"\b(second|another|third) dose\b.{0,80}\b(came (up|round|to|back)|gasp\w*)", 0.45,
            unless: @"\b(vaccin|booster|jab|antibiotic|insulin|chemo|swim|water|drown)", window: 2),

        // Depression told by what stops: bed since Sunday, the curtains, the dishes, the grey coming back, food of cardboard.
        ContentRule.Of(Depression, @"\b((hadn't|had not|hasn't|has not|not) (been )?(out of|left|got out of|gotten out of) (bed|the flat|the house|the apartment|her room|his room|my room)\b.{0,30}\b(since (sunday|monday|tuesday|wednesday|thursday|friday|saturday|the weekend|last week)|in (days|weeks)|for (days|weeks|\w+ days))|stopped (leaving|going out of) (the|her|his|my) (flat|apartment|house|room|bed)|(can't|cannot|couldn't|could not|don't|didn't) (get|drag (myself|herself|himself)) (up|out of bed) (before|until|till) (noon|midday|lunch|lunchtime|the afternoon|one|two|three)|(went|go|goes|going) back to bed (at|by) (one|two|three|four|five|noon|midday|lunchtime) in the afternoon)\b", 0.45,
            Scope.Negation | Scope.Distance, @"\b(flu\b|fever|\bill\b|sick|broken|cast\b|surgery|covid|virus|injur|operation|bug\b|snow|storm|lockdown|quarantin|grounded)"),
        ContentRule.Of(Depression, @"\b(he|she|i|they)('d| had| has|'s| have|'ve)? (been|felt|was|were) (so |very |really |pretty )?low (for|since) (weeks|months|years|a year|ages|most of (a|the|that) (year|winter|summer|spring|autumn))\b", 0.5,
            Scope.Negation | Scope.Distance),
        ContentRule.Of(Depression, @"\b(the (grey|gray|black|fog|heaviness|numbness)\b (came back|had come back|comes back|was back|is back|returned|had returned|descended|settled in)|(food|everything|meals?|dinner|coffee|chocolate) (tasted|tastes|tasting) (of|like) (cardboard|ash|ashes|nothing|sand|paper|dust)|(music|books?|painting|food|singing|television|films?|friends|football|running)\b.{0,20}\b(stopped|had stopped|no longer) (doing anything|meaning anything|mattering)|what (loving|wanting|enjoying|liking|caring about) anything (had )?(felt|feels|was) like|(like being|like living|as if (she|he|i) (was|were)) (underwater|under water|behind glass|in fog)|(shower|getting up|getting dressed|brushing (her|his|my) teeth)\b.{0,30}\blike (climbing|being asked to climb) a mountain|(days|weeks) (ran|run|blurred|bled|merged|melted) (together|into (each other|one another)))\b", 0.45,
            Scope.Negation | Scope.Distance, @"\b(sky|cloud|weather|dawn|light|sea\b|rain|hair|paint|dye|suit|flu\b|cold\b|covid|chemo|hangover|diving|snorkel|swim)"),
        ContentRule.Of(Depression, @"\b((curtains|blinds) (stayed|stay|stays|remained|kept) (shut|closed|drawn)|(could not|couldn't|can't|cannot) face (one more|another|anyone|anybody|people|the (messages|calls|world))|(dishes|plates|mugs|pans|washing[- ]up)\b.{0,40}\b(grown a skin|grew a skin|mou?ld|furred|furry|for (days|weeks)|two weeks)|(unread|unanswered|unopened) (messages|texts|emails|letters|post|mail|calls)|(let|lets|letting) (\w+ ){0,3}calls? go to voicemail|(upped|increased|doubled|put up|bumped up) (\w+ ){0,2}(dose|dosage|meds|medication)|(don't|didn't|doesn't) want to see (anyone|anybody)|(slept|sleep|sleeps|sleeping) (\w+ ){0,2}hours and (woke|wakes|waking) (up )?(exhausted|tired|wrecked))\b", 0.3,
            Scope.Negation | Scope.Distance, @"\b(flu\b|fever|sick|covid|virus|holiday|party|hangover|deadline|exam|new baby|newborn|jet ?lag)"),

        // Underage sex told by implication: the first time, said to be awful; an age given as a birthday just passed.
        ContentRule.Of(SexualContent, @"\b((the|your|a girl's|a boy's) first time (is|was|would be|'s) (supposed to be |meant to be |always )?(awful|terrible|painful|rubbish|disappointing|a letdown|supposed to hurt|meant to hurt)|(lost|losing|lose) (my|her|his|their) virginity (to|with|in|on|that|at|the))\b", 0.5,
            unless: @"\b(rape|forced|stage|perform|flying|driving|ski\b|skiing|surf|audition|show|sing|race|marathon|jump|dive|smok|drink|drunk|drug|tattoo|pierc|injection|job|gig|speech|interview|exam|oyster|sushi)"),
        ContentRule.Of(ContentRules.Minor, $@"\b((turned|turning|just turned|had just turned) {Teen}\b(?! (o'clock|minutes|hours|days|weeks|years|percent))|the (summer|year|spring|autumn|winter) (i|she|he|we|they) (turned|was|were) {Teen})\b", 0.8, Scope.None,
            unless: @"\b(\b(years ago|years later|grown[- ]up|now (she|he|i)('s| is| am|'m) (twenty|thirty|forty|fifty)|in (her|his|my) (twenties|thirties|forties))\b)"),
    ];

    // Distinctive word beginnings for these rules (ContentRules.Stems takes them in).
    // Only words rare enough not to wake a label's rules on ordinary sentences: each stem here costs time on every
    // sentence that has it (the analyser's speed margin is thin), so common ones ("sorry", "need", "gave", "doctor")
    // are left out where a rarer word of the same rule is there to find it.
    public static readonly Dictionary<string, string[]> Stems = new()
    {
        [SelfHarm] = ["cuff", "sleeve", "hoodie", "hottest", "heatwave", "sharpener", "unscrewed", "plasters", "bandages", "gauze", "dressings", "steri", "antiseptic", "carved", "etched", "tally", "noise"],
        [SuicidalThoughts] = ["hop", "pray", "disappointed", "letter", "gave", "bike", "guitar", "records", "jewellery", "affairs", "settled", "decided", "needing", "lethal", "fatal", "painless", "quickest", "easiest", "surest", "tallest", "meant", "trains"],
        [SuicideAttempt] = ["hose", "exhaust", "engine", "garage", "fumes", "pocket", "stones", "rocks", "lengthways", "lengthwise", "veins"],
        [DrugOverdose] = ["nurse", "charcoal", "nozzle", "spray", "applicator", "snoring", "dose", "antidote", "acetylcysteine", "parvolex", "infusion", "missing", "enough", "unresponsive"],
        [Depression] = ["heaviness", "tastes", "tasting", "underwater", "mountain", "blurred", "merged", "melted", "curtains", "blinds", "plates", "mugs", "unread", "unanswered", "unopened", "voicemail", "upped", "dose", "dosage", "low"],
        [SexualContent] = ["first", "virginity"],
        [ContentRules.Minor] = ["turned", "turning", "summer", "spring", "autumn", "winter"],
    };
}
