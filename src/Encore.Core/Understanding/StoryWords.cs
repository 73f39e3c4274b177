namespace Encore.Understanding;

// Closed classes of English words for telling a name from an ordinary capitalised word: the function words,
// adverbs, interjections, titles and calendar words that start sentences or stand capitalised in prose, and the
// verbs that commonly follow a name at the start of a sentence.
internal static class StoryWords
{
    private static readonly HashSet<string> Ordinary = new(StringComparer.OrdinalIgnoreCase)
    {
        // pronouns, determiners, quantifiers
        "I", "You", "He", "She", "It", "We", "They", "Me", "Him", "Her", "Us", "Them", "My", "Your", "His", "Its", "Our", "Their",
        "Mine", "Yours", "Hers", "Ours", "Theirs", "This", "That", "These", "Those", "The", "A", "An", "Some", "Any", "No", "Every",
        "Each", "All", "Both", "Either", "Neither", "Another", "Other", "Such", "Many", "Much", "Most", "More", "Few", "Less", "Several",
        "Nothing", "Nobody", "Noone", "None", "Everyone", "Everybody", "Everything", "Someone", "Somebody", "Something", "Anyone",
        "Anybody", "Anything", "Whoever", "Whatever", "Whichever", "One", "Ones", "Myself", "Yourself", "Himself", "Herself",
        "Itself", "Ourselves", "Themselves",
        // conjunctions, prepositions, question words
        "And", "But", "Or", "Nor", "So", "Yet", "For", "If", "When", "While", "Whilst", "Because", "Although", "Though", "Unless",
        "Until", "Till", "Since", "As", "After", "Before", "Once", "Whether", "Than", "Then", "Where", "Wherever", "Whenever", "What",
        "Who", "Whom", "Whose", "Which", "Why", "How", "In", "On", "At", "By", "With", "Without", "Of", "Off", "Out", "Up", "Down",
        "Over", "Under", "Into", "Onto", "Upon", "About", "Above", "Below", "Across", "Against", "Along", "Among", "Around", "Behind",
        "Beside", "Besides", "Between", "Beyond", "During", "Except", "From", "Inside", "Outside", "Near", "Past", "Through",
        "Throughout", "To", "Toward", "Towards", "Within", "Like", "Unlike", "Via", "Per",
        // adverbs and sentence openers
        "Not", "Never", "Always", "Often", "Sometimes", "Usually", "Still", "Just", "Even", "Only", "Also", "Too", "Very", "Quite",
        "Rather", "Almost", "Nearly", "Already", "Again", "Soon", "Later", "Now", "Here", "There", "Everywhere", "Somewhere",
        "Nowhere", "Anywhere", "Perhaps", "Maybe", "Probably", "Certainly", "Surely", "Really", "Actually", "Finally", "Eventually",
        "Suddenly", "Slowly", "Quickly", "Quietly", "Gently", "Carefully", "Instead", "Otherwise", "However", "Therefore", "Meanwhile",
        "Afterwards", "Afterward", "Together", "Apart", "Alone", "Somehow", "Anyway", "Besides", "Indeed", "Ever", "Else", "Back",
        "Away", "Home", "Tonight", "Today", "Tomorrow", "Yesterday", "Morning", "Afternoon", "Evening", "Night", "Last", "Next",
        "First", "Second", "Third", "Fourth", "Fifth", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        // interjections and forms of address
        "Yes", "Yeah", "Yep", "Nope", "Oh", "Ah", "Ahh", "Aw", "Eh", "Hey", "Hi", "Hello", "Goodbye", "Bye", "Please", "Thanks",
        "Thank", "Sorry", "Okay", "OK", "Ok", "Well", "Right", "Fine", "Good", "Great", "Sure", "Wow", "Ugh", "Um", "Uh", "Hmm",
        "Shh", "God", "Christ", "Lord", "Jesus", "Heaven", "Hell", "Damn", "Dear", "Darling", "Love", "Honey", "Sweetheart", "Babe",
        "Sir", "Madam", "Ma'am", "Miss", "Mister", "Mr", "Mrs", "Ms", "Dr", "Doctor", "Nurse", "Professor", "Inspector", "Captain",
        "Corporal", "Sergeant", "Lieutenant", "Colonel", "General", "Major", "Officer", "Detective", "Constable", "Father",
        "Mother", "Sister", "Brother", "Saint", "St", "Lady", "Dame", "Reverend", "Uncle", "Aunt", "Auntie",
        // the calendar
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Christmas", "Easter",
    };

    // Verbs that follow a subject at the start of a sentence: the auxiliaries and the commonest irregular pasts
    // (any word ending in -ed or -s counts too).
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "had", "has", "have", "was", "is", "were", "are", "would", "could", "will", "can", "did", "does", "do", "might", "must",
        "should", "shall", "may", "never", "always", "felt", "knew", "took", "went", "came", "sat", "stood", "ran", "thought",
        "made", "found", "got", "kept", "left", "told", "saw", "heard", "gave", "held", "put", "lay", "woke", "wrote", "read",
        "began", "sang", "drove", "fell", "spoke", "said", "says", "rang", "brought", "bought", "caught", "taught", "fought",
        "slept", "swam", "drank", "ate", "wore", "won", "lost", "met", "paid", "sent", "spent", "built", "led", "let", "set",
        "shut", "hit", "cut", "hung", "struck", "swung", "threw", "grew", "knelt", "leant", "leapt", "meant", "dreamt", "lit",
        "sold", "stuck", "stole", "tore", "understood", "forgot", "hid", "rode", "rose", "shook", "stared", "smiled", "laughed",
    };

    public static bool IsOrdinary(string word) => Ordinary.Contains(PersonReferences.Bare(word)) || PersonReferences.IsKinWord(word.ToLowerInvariant());

    public static bool IsVerbLike(string lower) =>
        Verbs.Contains(lower) || lower.Length > 3 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith('s') && !lower.EndsWith("'s", StringComparison.Ordinal) && !lower.EndsWith("ss", StringComparison.Ordinal));
}
