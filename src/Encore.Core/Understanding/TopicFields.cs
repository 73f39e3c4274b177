using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// The semantic fields of the labels that writers most often tell without naming (TopicFinder). Each is written from
// what the condition is (its words, its habits, its treatment), not from any passage; the weights needed were set
// on eval/passages, eval/stories and eval/dev2 so that precision stays at 0.90 or more there.
internal static partial class TopicFields
{
    public static readonly TopicField[] All = [.. Mind(), .. More(), .. Harm()];

    private static TopicField[] Mind() =>
    [
        new(Depression, 3.5, span: 8,
            topic: ["depress*", "low spirits", "low mood", "melanchol*", "despair*", "hopeless*", "worthless*", "numb", "numbness", "hollow*",
                "emptiness", "empty:5", "black dog", "black mood*", "gloom*:5", "bleak:5", "heaviness", "listless*", "apath*",
                "joyless", "nothing mattered", "no point", "pointless:5", "dark place", "the fog", "misery:5", "miserable:5",
                "exhausted:5", "weary:5", "flat:5", "grey days", "sadness:5", "grey:5", "gray:5", "tired:5", "so tired", "effort:5", "heavy:5", "no end", "no reason:5", "didn't care", "stopped caring", "nothing felt", "couldn't feel", "hate myself", "hate yourself", "hated himself", "hated herself", "hated myself", "useless:5", "failure:5", "dread:5", "lonely:5", "sad:5", "underwater", "far away:5", "cardboard", "the grey", "low:5", "nothing there", "the point:5"],
            sign: ["out of bed", "stayed in bed", "in bed all", "all day:5", "oversle*", "slept all", "sleeping all", "slept till",
                "slept until", "for weeks:5", "for months:5", "for days:5", "curtains:5", "unwashed", "hadn't showered",
                "hadn't washed", "stopped answering", "couldn't face", "couldn't be bothered", "couldn't concentrate",
                "couldn't work", "couldn't write", "couldn't read", "no appetite", "stopped eating:5", "therap*", "counsel*:5",
                "psychiatr*", "antidepress*", "sertraline", "prozac", "zoloft", "fluoxetine", "citalopram", "withdrawn",
                "withdrew:5", "stopped going", "cancelled:5", "the sofa:5", "the couch:5", "silent for", "wouldn't speak",
                "didn't speak:5", "went through the motions", "the motions", "the days blurred", "the weeks", "the gp", "slept:5", "sleep:5", "sleeping:5", "voicemail*", "unanswered", "ignored:5", "lay on", "lying on", "lay in", "lying in", "the ceiling", "shower*:5", "get up", "get dressed", "in months", "in weeks", "weeks:5", "months:5", "the same:5", "barely ate", "the dishes", "laundry:5", "piled", "stopped playing", "stopped writing", "hadn't played", "hadn't written", "hadn't touched", "no energy", "all afternoon:5", "could not face", "unread", "greasy:5", "back to bed", "stopped leaving", "ran together", "one sock", "edge of the bed:5", "the curtains:5", "the blinds:5", "the dose:5", "the doctor:5"]),

        new(EatingDisorders, 3.5, span: 6,
            topic: ["calori*", "weigh", "weighed", "weighing", "weighs", "weight:5", "scales:5", "pounds:5", "kilos:5", "thin:5", "thinner:5", "thinnest:5", "skinny:5", "fat:5", "bony",
                "bones:5", "ribs:5", "collarbone*", "hipbone*", "hip bones", "waist:5", "appetite:5", "hunger", "hungry:5",
                "starv*:5", "diet*:5", "laxative*", "diet pills", "binge*:5", "purg*", "vomit*:5", "throw up", "threw up",
                "throwing up", "food:5", "meal*:5", "ate:5", "eat:5", "eating:5", "plate:5", "bite:5", "bites:5", "mouthful*:5", "calorie", "size zero", "size:5", "skin and bone", "body:5", "stomach:5", "belly:5", "toast:5", "bread:5", "soup:5", "apple:5", "biscuit*:5", "chocolate:5", "cake:5", "crisps:5", "fork:5", "spoon:5", "sandwich:5", "dinner:5", "lunch:5", "breakfast:5"],
            sign: ["skip*:5", "skipped meals", "skipping meals", "skipped lunch", "skipped dinner", "skipped breakfast", "refus*:5", "hid*:5", "hiding:5", "secret*:5", "napkin", "pushed it around", "picked at",
                "barely touched", "wouldn't eat", "won't eat", "not eating", "stopped eating", "hadn't eaten", "nothing but",
                "fainted:5", "faint:5", "fainting:5", "collapsed:5", "dizzy:5", "mirror:5", "disgust*:5", "punish*:5", "count:5", "counted:5", "counting:5",
                "exercis*:5", "laps:5", "made herself", "made himself", "made myself", "two fingers", "fingers down", "knuckles:5", "enamel", "the toilet:5", "flush*:5", "the taps", "wasting", "waste away:5", "tube:5", "shame:5", "ashamed:5", "compensate", "earn:5", "earned:5",
                "again:5", "every morning:5", "every night:5", "threw it up", "throw it up", "bring it up", "sick:5", "bathroom:5", "locked the door:5", "only water", "black coffee", "chewing gum", "nothing all day", "tiny:5", "smaller:5", "shrink*", "too big", "hung off", "loose:5", "baggy", "layers:5", "always cold", "hair falling", "periods stopped", "wasted:5", "weak:5", "collaps*:5", "light-headed", "lightheaded", "weeks of:5"]),

        new(SelfHarm, 3, signNeeded: 1,
            topic: ["blade*", "razor*", "penknife", "pen-knife", "knife:5", "scissors:5", "compass:5", "needle*:5",
                "cut:5", "cuts:5", "cutting:5", "scar:5", "scars:5", "scarred:5", "burn*:5", "cigarette:5", "lighter:5", "scratch*:5", "wound*:5",
                "blood:5", "bleed*:5", "bandage*:5", "plaster*:5", "wrist*:5", "forearm*:5", "thigh*:5", "arms:5", "skin:5", "marks:5", "pain:5", "sharp:5", "sting:5", "welts",
                "long sleeves", "sleeve*:5", "hid*:5", "hiding:5", "secret*:5", "nobody knew", "no one knew", "nobody noticed",
                "no one noticed", "no one would see", "nobody would see", "where no one", "bracelets:5", "cover*:5", "again:5"],
            sign: ["on purpose", "deliberate*", "relief",
                "release:5", "punish*", "the urge", "urge*:5", "needed it", "relapse*", "feel something", "to feel:5",
                "calm*:5", "herself:5", "himself:5", "myself:5", "clean for", "days clean", "weeks clean", "months clean", "the sting", "own arm*", "own skin", "her own:5", "his own:5", "my own:5", "dug:5", "dig*:5", "nails:5", "pick*:5", "control:5", "make it stop", "made it stop", "quieter", "the noise:5", "focus:5", "first aid", "antiseptic", "go quiet", "only thing", "nobody looks", "would not notice", "wouldn't notice", "locked the bathroom", "ran the tap", "gauze:5", "stacked:5", "rows of", "started again:5", "undid:5"]),

        new(AlcoholAbuse, 4, span: 6,
            topic: ["drunk*", "drink*:5", "drank:5", "booze*", "alcohol*", "gin:5", "whisk*:5", "scotch:5", "vodka:5",
                "brandy:5", "wine:5", "beer:5", "lager:5", "rum:5", "bourbon:5", "tequila:5", "sherry:5", "claret:5", "port:5",
                "bottle*:5", "flask", "decanter:5", "pint*:5", "tipsy:5", "sloshed", "plastered:5", "hammered:5",
                "intoxicat*", "liquor", "hangover*", "hungover", "sober*:5", "sobriety", "the bottle", "bottles:5", "tipple*", "nightcap*", "champagne:5", "shots:5", "a drink:5", "drinks:5", "hip flask", "glasses:5"],
            sign: ["every night", "nightly", "every day", "by noon", "before noon", "by lunch*", "breakfast:5", "morning:5",
                "again:5", "another:5", "refill*", "topped up", "top up", "hid*:5", "hidden:5", "secret*:5", "alone:5",
                "blackout*", "blacked out", "passed out", "carried to bed", "carried up", "couldn't remember", "no memory",
                "slur*", "stagger*", "the shakes", "shaking:5", "tremor*:5", "needed a drink", "need a drink", "one more",
                "could stop", "can stop", "quit*:5", "meeting*:5", "aa", "rehab", "relapse*", "empties", "empty bottle*",
                "on his breath", "on her breath", "on my breath", "smelled of", "smelt of", "stumbl*:5", "every weekend",
                "most nights", "all day:5", "since noon", "dry:5", "the first drink", "first drink of", "every single night", "all evening", "most days", "by eleven", "by ten", "lunchtime:5", "another bottle", "second bottle", "third bottle", "half a bottle", "the whole bottle", "glass after glass", "another glass", "recycling", "clinking", "behind the:5", "mints:5", "shaky:5", "hands shook", "hair of the dog", "tolerance", "liver", "sick:5", "vomit*:5", "the floor:5", "woke up on", "woke on"]),
    ];
}
