using System.Text;
using System.Text.RegularExpressions;

namespace Encore.Import;

// Finds the recipients in "This fic is for writegirl1-2 (who keeps me sane), gepetto8, and idbeinthefollies (…) Thank
// you all": names separated by commas and "and", with asides in parentheses skipped, up to the end of the sentence.
public static partial class Dedications
{
    [GeneratedRegex(@"^(?:and\s+|&\s*)?(?:my (?:lovely |dear |wonderful )?(?:beta|friend|wife|husband|partner|sister|brother)\s+|the (?:lovely|wonderful|amazing)\s+|dear\s+|@)?(?<name>[\p{L}\p{N}][\p{L}\p{N}_.\-]*(?:\s[\p{Lu}][\p{L}\p{N}_\-]*)?)\s*$")]
    private static partial Regex Recipient();

    public static List<string> Recipients(string text)
    {
        var match = Patterns.Dedication().Match(text);
        if (!match.Success) return [];
        var items = SplitItems(text[(match.Index + match.Length)..]);
        var names = new List<string>();
        foreach (var item in items)
        {
            var m = Recipient().Match(item.Trim().TrimEnd('.', '!', ':', ';', ')'));
            if (!m.Success) break;
            var name = m.Groups["name"].Value;
            if (name.Equals("everyone", StringComparison.OrdinalIgnoreCase) || name.Equals("you", StringComparison.OrdinalIgnoreCase)) break;
            names.Add(name);
        }
        return names;
    }

    // Splits at commas and "and" outside parentheses, ending at a sentence end (a full stop, or a closing parenthesis
    // followed by a new capitalised sentence).
    private static List<string> SplitItems(string rest)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (c == '(') { depth++; continue; }
            if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
                if (depth == 0 && NextIsNewSentence(rest, i + 1)) break;
                continue;
            }
            if (depth > 0) continue;
            if (c is '.' or '!' or '?' or ';' or ':' or '\n' && (i + 1 == rest.Length || char.IsWhiteSpace(rest[i + 1]))) break;
            if (c == ',') { items.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
            var built = current.ToString();
            if (built.EndsWith(" and ", StringComparison.Ordinal) || built.EndsWith(" & ", StringComparison.Ordinal))
            {
                items.Add(built[..^(built.EndsWith(" and ", StringComparison.Ordinal) ? 5 : 3)]);
                current.Clear();
            }
        }
        if (current.Length > 0) items.Add(current.ToString());
        return items.Where(i => i.Trim().Length > 0).ToList();
    }

    private static bool NextIsNewSentence(string s, int from)
    {
        var i = from;
        while (i < s.Length && s[i] == ' ') i++;
        return i < s.Length && i > from && char.IsUpper(s[i]);
    }
}
