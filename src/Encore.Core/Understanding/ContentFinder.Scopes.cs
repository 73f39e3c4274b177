using System.Buffers;
using System.Text.RegularExpressions;

namespace Encore.Understanding;

// The scopes that cancel a rule's match: negation close before it, a supposition or question, distance.
internal static partial class ContentFinder
{
    [GeneratedRegex(@"\b(not|n't|never|no|without|nobody|none|nothing|neither|nor|almost|nearly|barely|refused to|instead of|stopped (herself|himself|myself|themselves) from|resisted|no longer|hadn't|hasn't|wasn't|weren't|didn't|don't|doesn't|won't|wouldn't|couldn't|can't|cannot)\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(if|what if|imagine|imagined|imagining|could have|would have|might have|might|afraid|worried|worry|worries|worrying|fear|feared|fears|scared|terrified|in case|pretend|pretended|pretending|as if|as though|wonder(ed)? (if|whether)|nightmares?|dream(ed|t|s)? (about|of|that)|what would happen|risk of|chance of|should|shouldn't|ought to|threatened to|(told|warned) (her|him|them|me) (not )?to|supposed to|going to|gonna|about to|planned to|plans to|tempted|will be|'ll be|would be|wanting to|shall)\b")]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"^\W*(if|what if|imagine|suppose|supposing|in case)\b")]
    private static partial Regex Supposing();

    [GeneratedRegex(@"\b(a case|cases of|a patient|patients|the news|news (report|story|item)|on the news|newspapers?|headlines?|an article|articles?|documentar(y|ies)|statistics?|a story about|a film about|a movie about|a book about|a song about|a play about|podcast|(the|his|her|their) (play|script|screenplay|novel|film|movie|libretto|character|role|lyrics?)|in the (show|play|musical|script|film|movie|novel|book|second act|first act|last act|finale|scene)|on ?stage|the scene where|playing (a|the) (girl|boy|woman|man|part|role|character)|death scene|rumou?rs?|gossip|a friend of a friend|someone (she|he|they) knew|a (girl|boy|woman|man|kid) (she|he|they|i) (knew|went to school with)|strangers?|a stranger's|somebody's cousin|(grandmother|grandfather|grandma|grandpa|great[- ]aunt|great[- ]uncle),? who (had )?(died|passed)|(for|to|with|at) (a|an|some) (girl|boy|woman|man|kid|stranger|student|patient|neighbou?r) (from|in|at|who)|credits|on (the )?(screen|tv|television)|newsreader|newscaster|on the radio|the radio said|obituar(y|ies)|the episode|the (film|movie)'s)\b")]
    private static partial Regex Distance();

    // Texts one of which any match of the pattern contains (RequiredText): most sentences and clauses have none, and
    // are passed over with one quick search instead of the pattern's many alternatives. Null: always run the pattern.
    private static readonly SearchValues<string>? HypotheticalWords = RequiredText.Searched(Hypothetical()), DistanceWords = RequiredText.Searched(Distance());

    private static bool MayMatch(ReadOnlySpan<char> text, SearchValues<string>? words) => words is null || text.ContainsAny(words);

    internal static bool IsDistant(string lower) => MayMatch(lower, DistanceWords) && Distance().IsMatch(lower);

    // For signs read outside the rules: whether a sign at this index of the sentence is negated, only supposed, or asked.
    public static bool Cancelled(Sentence sentence, int index, Scope scope = Scope.All)
    {
        var before = sentence.Lower.AsSpan(0, index);
        return scope.HasFlag(Scope.Negation) && Negated(before) || scope.HasFlag(Scope.Hypothetical) && Supposed(sentence, before);
    }

    // Only imagined, feared or asked: a supposition in the match's clause, a sentence opening "if", a question.
    private static bool Supposed(Sentence sentence, ReadOnlySpan<char> before) =>
        Clause(before) is var clause && MayMatch(clause, HypotheticalWords) && Hypothetical().IsMatch(clause) || Supposing().IsMatch(before) || IsQuestion(sentence);

    // Negation binds close: "she didn't take the pills", but not "the thing nobody tells you about bulimia"; so only
    // the last three words of the clause before the match count. "nothing of" is a noun or a not-knowing ("the grey
    // flat nothing of the depression", "she knew nothing of the overdose"), which denies nothing.
    private static bool Negated(ReadOnlySpan<char> before) => NegatedInClause(before) || NegatedAround(before);

    // A negation set off by a short aside still binds: "she did not, at any point, want to stop".
    private static bool NegatedAround(ReadOnlySpan<char> before)
    {
        var rest = before;
        for (var asides = 0; asides < 2; asides++)
        {
            var comma = rest.LastIndexOf(',');
            if (comma < 0 || WordCount(rest[(comma + 1)..]) > 4) return false;
            rest = rest[..comma].TrimEnd();
            if (rest.EndsWith(" not", StringComparison.Ordinal) || rest.EndsWith(" never", StringComparison.Ordinal) || rest.EndsWith("n't", StringComparison.Ordinal))
                return asides == 1 || WordCount(before[(before.LastIndexOf(',') + 1)..]) <= 3;
        }
        return false;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.Trim().Split(' ')) count++;
        return text.Trim().IsEmpty ? 0 : count;
    }

    private static bool NegatedInClause(ReadOnlySpan<char> before)
    {
        var last = LastWords(Clause(before), 3);
        // The words as read, joined by single spaces; read in place unless several spaces part two of them.
        var joined = last.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', last.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).AsSpan() : last;
        return Negation().IsMatch(joined) && !joined.EndsWith("nothing of the", StringComparison.Ordinal) && !joined.EndsWith("nothing of", StringComparison.Ordinal)
            && !joined.EndsWith("nothing of his", StringComparison.Ordinal) && !joined.EndsWith("nothing of her", StringComparison.Ordinal);
    }

    // The last words of a text (words parted by spaces), without the spaces around them.
    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int count)
    {
        var end = text.TrimEnd(' ').Length;
        var start = end;
        for (var words = 0; words < count && start > 0; words++)
        {
            while (start > 0 && text[start - 1] != ' ') start--;
            if (words + 1 < count) while (start > 0 && text[start - 1] == ' ') start--;
        }
        return text[start..end].TrimStart(' ');
    }

    // A question asks; it does not say that anything happened.
    private static bool IsQuestion(Sentence s) => s.Span.TrimEnd("\"”’' )").EndsWith('?');

    // The clause a match sits in: back to the last comma, semicolon, dash or "but" before it.
    private static ReadOnlySpan<char> Clause(ReadOnlySpan<char> before)
    {
        var cut = Math.Max(before.LastIndexOfAny(",;:—–"), before.LastIndexOf(" but ", StringComparison.Ordinal));
        return cut >= 0 ? before[(cut + 1)..] : before;
    }
}
