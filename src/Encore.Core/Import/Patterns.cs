using System.Text.RegularExpressions;

namespace Encore.Import;

// Lines that fic posts write without a label but that every reader knows are not story text.
public static partial class Patterns
{
    // LiveJournal's entry date: "21 June 2018 @ 06:23 pm".
    [GeneratedRegex(@"^\s*\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*@\s*\d{1,2}:\d{2}\s*(am|pm)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex BlogDate();

    // "Takes place in Season 1, after …", "Set after 2x05", "Spoilers for the finale".
    [GeneratedRegex(@"^\s*(takes place|set (in|during|after|before|between|post|pre|at)|spoilers?\b|timeline\b|this takes place|post[- ](season|episode|series|finale|canon)|pre[- ](season|series|canon)|canon[- ]divergen|au\b|alternate universe)", RegexOptions.IgnoreCase)]
    public static partial Regex Setting();

    // "For the purposes of this story, I'm ignoring …", "This story ignores …", "Canon compliant through …".
    [GeneratedRegex(@"^\s*(for the purposes? of (this|the) (story|fic|piece)|this (story|fic) (ignores|disregards|takes liberties)|i('m| am) ignoring|ignores (the|season|everything)|canon[- ](compliant|divergent) )", RegexOptions.IgnoreCase)]
    public static partial Regex CanonNote();

    // "This fic is for …", "Dedicated to …", "For X, who …".
    [GeneratedRegex(@"\b(this (fic|story|one|piece|is) (is )?(for|dedicated to)|dedicated to|written for|a gift for)\s+", RegexOptions.IgnoreCase)]
    public static partial Regex Dedication();

    [GeneratedRegex(@"^\s*(disclaimer\b|i (do not|don't|dont) own|i own nothing|(none of )?(the )?characters (are not|aren't|don't belong)|not mine\b|all (characters|rights) belong)", RegexOptions.IgnoreCase)]
    public static partial Regex Disclaimer();

    // A relationship written alone on a line: "Derek/Karen (Derek/Ivy implied)", "Karen & Ivy", "Pairing-free".
    [GeneratedRegex(@"^\s*(?<names>[\p{L}][\p{L}\p{M}.'’\- ]{0,40}(\s*[/&]\s*[\p{L}][\p{L}\p{M}.'’\- ]{0,40})+)(\s*[(\[](?<extra>[^)\]]{0,80})[)\]])?\s*$")]
    public static partial Regex RelationshipLine();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}.'’\- ]{0,40}(\s*[/&]\s*[\p{L}][\p{L}\p{M}.'’\- ]{0,40})+")]
    public static partial Regex RelationshipInText();

    // End-of-post lines that are notes, not story: "- Title from …", "Thanks for reading", "Beta'd by …".
    [GeneratedRegex(@"^\s*(title (taken )?from|thanks?( you)? (so much )?(for reading|to|for)|please (review|comment|leave)|reviews? (are|is|please)|comments? (are|make|and kudos)|feedback (is|welcome|appreciated)|kudos (and|are)|beta'?d by|unbeta'?d|not beta'?d|written for|originally (posted|written)|cross-?posted|inspired by|written (while|listening)|song:|soundtrack)", RegexOptions.IgnoreCase)]
    public static partial Regex EndNoteLine();

    // Signs that more is coming: the work is in progress.
    [GeneratedRegex(@"^\s*[(\[~*]*\s*(to be continued|tbc\b|continued in|next chapter|next part:|more (to come|soon)|part \w+ (coming|to come|soon)|end of (part|chapter|book) \w+|chapter \w+ (coming|to come|soon)|coming soon)", RegexOptions.IgnoreCase)]
    public static partial Regex ToBeContinued();

    // Signs that the story is over.
    [GeneratedRegex(@"^\s*[(\[~*]*\s*(the end|fin|end|finis|the end\.?\s*for now\?)\s*[.!~*)\]]*\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex TheEnd();

    // LiveJournal's footer fields: entry metadata, never story text.
    [GeneratedRegex(@"^\s*current (mood|music|location)\s*:", RegexOptions.IgnoreCase)]
    public static partial Regex BlogFooter();

    // A line that reads as a sentence of prose rather than a title or a header.
    public static bool IsProse(string line)
    {
        var t = line.Trim();
        if (t.Length > 120) return true;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 15) return true;
        var last = t.Length > 0 ? t[^1] : ' ';
        if (t.StartsWith('"') || t.StartsWith('“') || t.StartsWith('\'') || t.StartsWith('‘')) return true;
        return words > 3 && last is '.' or '!' or '?' or '"' or '”' or '…' or ',';
    }
}
