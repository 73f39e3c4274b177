using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// The semantic fields of drugs, suicide, sex, violence and abuse at home (TopicFields).
internal static partial class TopicFields
{
    private static TopicField[] More() =>
    [
        new(DrugUse, 3,
            topic: ["drug*:5", "cocaine", "coke:5", "heroin", "opium", "opiate*", "morphine", "laudanum", "syringe*",
                "needle*:5", "pill:5", "pills:5", "tablet*:5", "xanax", "valium", "benzo*", "oxycodone", "oxycontin", "oxys", "fentanyl", "ketamine", "mdma",
                "ecstasy", "amphetamine*", "speed:5", "meth", "weed:5", "cannabis", "marijuana", "joint:5", "spliff*",
                "a line", "powder:5", "baggie*", "dealer*", "high:5", "stoned", "comedown", "come down:5", "dose*:5",
                "prescription*:5", "the stuff:5", "pipe:5", "lamp:5", "poppy", "drops:5", "tincture", "draught:5", "smoke:5", "smoking:5", "bottle:5"],
            sign: ["snort*:5", "inject*", "shot up", "sniff*:5", "swallowed:5", "more often", "every night:5", "nightly:5",
                "to sleep:5", "craving*", "craved", "crave", "withdraw*", "hid*:5", "hidden:5", "secret*:5", "habit", "dependen*", "addict*",
                "far more", "refill*", "ran out", "supply", "nose:5", "pupils", "buzz*:5", "rush:5", "the den", "den:5",
                "again:5", "needed:5", "another:5", "beyond", "rolled-up", "rolled up", "the bathroom:5", "the toilets:5", "more and more", "stronger", "higher dose", "double:5", "twice the", "the usual:5", "than prescribed", "than the doctor", "apothecary:5", "chemist:5", "forged", "stole:5", "stolen:5", "someone else's", "jittery", "wired", "couldn't sleep:5", "glassy", "dilated", "pinned", "nosebleed*", "twitch*:5", "sweat*:5", "shaking:5", "languid", "dreamy", "drowsy:5", "heavy-lidded", "slurred:5", "took:5", "taking:5", "doses", "shook out", "the edge off", "to get through", "at night:5", "in the afternoon:5", "in the morning:5"]),

        new(SuicidalThoughts, 3.5, scope: Scope.Negation | Scope.Distance,
            topic: ["die:5", "dying:5", "dead:5", "suicid*", "end it", "ending it", "end my life", "end her life",
                "end his life", "end their life", "kill myself", "kill herself", "kill himself", "not be here", "not exist",
                "never wake", "not wake", "over the edge", "over the side", "the drop", "the water:5", "river:5", "bridge:5",
                "railing*:5", "parapet", "ledge:5", "revolver:5", "pistol:5", "the gun:5", "pills:5", "rope:5", "join her",
                "join him", "be with her", "be with him", "disappear:5", "gone:5", "the end of it", "train:5", "tracks:5", "the rails", "the platform:5", "the roof:5", "the height", "jump:5", "fall:5", "trains:5", "the edge:5", "express:5", "the yellow line", "go over", "going over", "the barrel", "cartridge*", "loaded:5", "sleep forever", "stop existing", "nothingness", "the drop"],
            sign: ["wanted to", "want to", "wish*", "thought about", "thinking about", "thought of", "how easy", "how simple",
                "how quick", "easier", "better off", "no one would", "nobody would", "would miss", "miss me", "burden",
                "the point", "no point", "tired of", "couldn't go on", "can't go on", "way out", "peace:5", "rest:5",
                "quiet:5", "stop:5", "longed", "the thought", "the idea", "again and again", "some nights",
                "lately", "sometimes:5", "step:5", "lean*:5", "how quiet", "relief:5", "what it would be like", "imagin*:5", "all of it", "make it stop", "for good", "goodbye:5", "the letter:5", "a note:5", "so quick", "so easy:5", "see his face", "see her face", "feel safe:5"]),

        new(SexualContent, 2.5, span: 6,
            topic: ["slept together", "sleeping together", "night together", "first time", "virgin", "virginity", "condom*",
                "made love", "make love", "making love", "sex", "naked", "undress*", "lover*:5", "stayed the night",
                "spent the night", "stay the night", "the morning after", "woke up next to", "woke up beside", "woke beside",
                "woke next to", "intimate*", "bare:5", "slept with", "sleeping with", "been sleeping", "did it", "done it", "doing it:5", "went all the way", "go all the way", "gone all the way", "lost it:5", "protection:5", "birth control", "bedroom:5", "undone:5", "unbutton*", "unlaced", "bodies:5", "safeword", "safe word", "the night before:5", "together:5", "the back seat", "the backseat", "back of the car", "into the back:5", "seatbelt:5",
                // How a scene on the page is written without the plain words: bodies, clothes undone, the act's rhythm.
                "inside her", "inside him", "inside me", "inside you", "moan*", "arched", "arching", "straddl*", "thrust*",
                "climax*", "orgasm*", "came apart", "came undone", "his belt", "her bra", "unzip*", "unhook*", "unbuckl*",
                "rucked", "nipple*", "arous*", "on top of him", "on top of her", "legs around", "leg around", "kissed down",
                "kissing down", "and then lower", "the heat of him", "the heat of her", "pulled him down", "pulled her down",
                "breathless", "panting", "shudder*", "his thighs", "her thighs", "bare skin", "his shirt off", "her shirt off",
                "out of his shirt", "out of her dress", "the afterglow", "within her", "within him", "beneath him:5",
                "beneath her:5", "drew him down", "drew her down", "waistband", "half off", "hem of", "taken apart",
                "keep going", "don't stop", "do not stop", "halfway through:5", "started again:5", "the particulars",
                "not going to describe", "won't describe", "will not describe"],
            sign: ["bed:5", "sheets:5", "pillow*:5", "kiss*:5", "skin:5", "hips:5", "thighs:5", "mouth:5", "clothes:5",
                "shirt:5", "afterwards", "after:5", "the next morning", "that night:5", "last night:5", "wanted it",
                "wanted to:5", "careful:5", "nervous:5", "shy:5", "sore:5", "blush*:5", "breakfast:5", "tangled", "warm:5",
                "tender*:5", "gentle:5", "whisper*:5", "consent*:5", "giggl*:5", "grin*:5", "awkward*:5", "embarrass*:5", "dressed:5", "half-dressed", "rumpled", "yes:5", "ready:5", "hair:5", "smile*:5", "clumsy:5",
                "to bed:5", "neck:5", "afterward", "lips:5", "rhythm:5"]),

        new(Violence, 3.5,
            topic: ["punch*", "hit:5", "hitting:5", "struck", "strike*:5", "slap*", "kick*:5", "shove:5", "shoved:5", "shoves:5", "shoving:5", "grab*:5",
                "choke*:5", "strangl*", "stab", "stabbed", "stabbing", "knife:5", "fist*", "blow*:5", "beat:5", "beating", "attacker*", "attacked:5", "assault*",
                "fight*:5", "fought:5", "brawl*", "set upon", "mugg*", "garrot*", "glassed", "cosh*", "cudgel*", "throttl*",
                "headbutt*", "threw him", "threw her", "threw me", "knocked him", "knocked her", "knocked me", "swung:5", "lunged", "tackled", "wrestled", "grappled", "scuffle*", "struggle*:5", "dragged:5", "pinned:5", "broken bottle", "smashed:5", "slammed:5", "hurled", "threw:5"],
            sign: ["bruis*", "blood*:5", "bleed*:5", "split lip", "black eye", "swollen", "nose:5", "jaw:5", "ribs:5",
                "cut:5", "wound*:5", "hurt:5", "pain:5", "the wall:5", "the floor:5", "to the ground", "cried out", "scream*:5",
                "winded", "dazed", "stagger*:5", "reeled", "ached:5", "marks:5", "fingermarks", "gasp*:5", "crack*:5",
                "teeth:5", "skull", "temple:5", "stitches", "concussion", "dislocat*", "broken:5", "throat:5", "groan*:5", "grunt*:5", "doubled over", "on the ground", "knuckles:5", "fell back", "went down", "reeling", "face:5", "so hard:5", "hard enough", "cracked against", "against the wall", "into the wall", "off their feet", "knocked down"]),

        // Harm or fear at home, and the way it is excused and enforced: "he didn't mean to", "it was my fault", "he
        // checks my phone". The partner is often only "he", so the household's words weigh little.
        new(DomesticAbuse, 3.5, span: 6,
            topic: ["bruis*", "grab*:5", "grip:5", "shove", "shoved", "shoves", "struck", "strike*:5", "slap*", "hit:5", "hits:5",
                "open hand", "raised his hand", "raised her hand", "raised his fist", "raised his stick", "the wall:5", "threw*:5",
                "husband:5", "wife:5", "boyfriend:5", "girlfriend:5", "partner:5", "stepfather:5", "stepdad:5",
                "stepmother:5", "home:5", "marriage:5", "afraid of him", "afraid of her", "scared of him", "scared of her",
                "frightened of him", "frightened of her", "eggshells", "flinch*:5"],
            sign: ["didn't mean to", "doesn't mean it", "didn't mean it", "my fault", "her fault", "it's fine:5", "it's nothing", "he loves me",
                "she loves me", "won't happen again", "said sorry:5", "checks your phone", "checks my phone", "checked my phone",
                "checks her phone", "checked her phone", "don't answer", "wouldn't let", "won't let",
                "doesn't like me", "doesn't want me", "not allowed", "stopped seeing", "see my friends", "who i see",
                "who she sees", "allowance", "the money:5", "when he's drunk", "when he drinks", "when she drinks",
                "temper", "his moods", "her moods", "long sleeves", "sleeve*:5", "makeup:5", "concealer", "walked into",
                "fell down the stairs", "clumsy", "permission", "let me:5", "let her:5", "slam*:5",
                "quiet:5", "again:5", "this week:5", "every time:5"]),
    ];
}
