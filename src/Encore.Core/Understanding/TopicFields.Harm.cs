using static Encore.Understanding.ContentLabels;

namespace Encore.Understanding;

// The semantic fields of wounds told in detail (graphic violence, with violence), of an overdose and of a suicide
// attempt (TopicFields).
internal static partial class TopicFields
{
    private static TopicField[] Harm() =>
    [
        // Gore: the wound, and the detail that makes it graphic.
        new(ContentRules.Gore, 3.5,
            topic: ["blood:5", "wound*:5", "gash*", "flesh", "bone:5", "bones:5", "skull:5", "teeth:5", "artery", "arterial",
                "cut:5", "slash*:5", "glass:5", "shard*", "knife:5", "blade:5", "stab:5", "stabbed:5", "bleed*:5", "bled:5",
                "entry wound", "exit wound"],
            sign: ["pool*:5", "soaked", "spurt*", "pulsing", "pumping:5", "gaping", "gaped", "torn:5", "ragged", "split open",
                "laid open", "embedded", "to the bone", "exposed", "flap", "mangled", "clotted", "dripping", "sticky:5",
                "slick", "spatter*", "splatter*", "sprayed", "welled", "seeped", "oozed", "crunch*", "splinter*", "shattered",
                "pulp*", "ruin of", "ruined:5", "hanging open", "through his cheek", "through her cheek", "stitches:5",
                "sutures", "tourniquet", "pressure on", "hands were red", "up to the wrist", "black with blood",
                "in the wound", "inches long", "inch long", "deep:5", "the edges"]),

        // An overdose: what was taken, and how the body and the people around it answer.
        new(DrugOverdose, 3.5,
            topic: ["overdos*", "pills:5", "tablets:5", "bottle:5", "laudanum", "morphine", "heroin", "fentanyl", "cocaine:5",
                "sertraline", "antidepressants", "sleeping pills", "sleeping draught", "paracetamol",
                "the whole bottle", "all of them", "all my", "the lot", "too much", "too many", "how many", "the dose:5",
                "swallowed:5", "empty bottle", "empty packet*"],
            sign: ["pumped", "stomach:5", "charcoal", "naloxone", "narcan", "unconscious", "unresponsive", "wouldn't wake",
                "couldn't wake", "wouldn't rouse", "couldn't rouse", "brought me back", "brought her back", "brought him back",
                "ambulance:5", "paramedic*:5", "emts", "a&e", "emergency", "breathing:5", "pupils:5", "vomit*:5", "emetic",
                "walked him", "walked her", "kept him awake", "kept her awake", "blue:5", "pulse:5", "the ward:5",
                "intensive care", "seizure*", "fitting:5", "toxic*", "liver:5", "antidote"]),

        // A suicide attempt: the means, and what shows it was meant and survived.
        new(SuicideAttempt, 4, scope: Scope.Negation | Scope.Distance,
            topic: ["swallowed:5", "the whole bottle", "all of them", "the lot", "rope", "noose", "hanged",
                "hang himself", "hang herself", "hang myself", "the bridge:5", "jumped", "exhaust", "hosepipe",
                "wrists:5", "razor:5", "pills:5", "laudanum:5", "overdos*:5", "the railing:5", "the river:5", "the water:5"],
            sign: ["to end it", "end her life", "end his life", "end my life", "meant to die", "wanted to die",
                "didn't want to wake", "on purpose", "a note", "the note", "left a note", "suicide watch", "psychiatric",
                "psych ward", "psych:5", "mental health team", "survived", "found her", "found him", "found me", "cut him down",
                "cut her down", "pumped", "intensive care", "why did you", "why would you", "scared the hell", "you scared",
                "promise me", "never do that again", "what you did", "what she did", "what he did", "what i did",
                "what i'd done", "what she'd done", "what he'd done", "sectioned", "the crisis team"]),
    ];
}
