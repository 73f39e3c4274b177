namespace Encore.Understanding;

// Whom "he" and "she" mean. A name's gender comes from the fandom's knowledge of the character, or else from its
// title ("Mrs.", "Lord") or pronouns that agree with it in the text. Reading forward, each gender has a person in focus: the last one named, or described ("the big
// man", "her father"); a pronoun means that person while the chain stays unbroken (mentioned or referred to within
// the last few sentences). A pronoun with nobody before it may point ahead to a name standing alone ("They lost him
// on the table," she said. "Tom."). "They" is left alone: it is as often the doctors as one person.
internal sealed class Coreference
{
    private const int Reach = 4;           // sentences a person stays in focus without being mentioned
    private const int Lookahead = 3;       // sentences to look ahead for a name standing alone

    private readonly List<PersonRef>[] _bySentence;
    private readonly Dictionary<PersonRef, PersonRef> _antecedents = [];
    private readonly Dictionary<string, Gender> _genders = new(StringComparer.Ordinal);
    private readonly bool[] _short;

    public Coreference(TextDocument text, Func<Sentence, IEnumerable<PersonRef>> names)
    {
        _bySentence = text.Sentences.Select(s => PersonReferences.Find(s, names(s))).ToArray();
        _short = text.Sentences.Select(s => s.Tokens.Count <= 3).ToArray();
        InferGenders(text);
        Resolve();
    }

    public IReadOnlyList<PersonRef> In(Sentence s) => _bySentence[s.Index];

    public Gender GenderOf(string name) => _genders.GetValueOrDefault(name);

    // The person a reference means: itself, or for a pronoun its antecedent (null when it has none).
    public PersonRef? Resolve(PersonRef r) => r.Kind != PersonKind.Pronoun ? r : _antecedents.GetValueOrDefault(r);

    // How present a name is: its mentions and the pronouns that mean it.
    public int Salience(string name) => (_salience ??= CountSalience()).GetValueOrDefault(name);

    private Dictionary<string, int>? _salience;

    private Dictionary<string, int> CountSalience()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in _bySentence.SelectMany(refs => refs).Concat(_antecedents.Values))
            if (r.Name != null) counts[r.Name] = counts.GetValueOrDefault(r.Name) + 1;
        return counts;
    }

    // A name's gender: its title ("Mrs. Rand"), or pronouns that agree with it: a reflexive in its clause ("Elizabeth
    // found herself"), a possessive after a preposition in its clause ("Julia sat with her hands in her lap"), "he"
    // or "she" later in a sentence about nobody else ("Odile had kept the light, and she meant to keep it"), or
    // opening the next sentence when the name opened this one. A pronoun near a name proves nothing by itself ("Tom
    // would have wanted it, and she wanted to scream" is about Julia).
    private void InferGenders(TextDocument text)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = new Dictionary<string, Gender>(StringComparer.Ordinal);
        void Vote(string name, Gender g, int weight) => votes[name] = votes.GetValueOrDefault(name) + (g == Gender.Male ? weight : -weight);
        for (var s = 0; s < _bySentence.Length; s++)
        {
            var refs = _bySentence[s];
            for (var j = 0; j < refs.Count; j++)
            {
                var r = refs[j];
                if (r.Kind != PersonKind.Named || r.Name == null) continue;
                // Known from the fandom's knowledge of its characters: the text is not asked.
                if (r.Gender != Gender.Unknown) { known[r.Name] = r.Gender; continue; }
                var titled = Title(text.Text, r.Start);
                if (titled != Gender.Unknown) { Vote(r.Name, titled, 10); continue; }
                var others = refs.Take(j).Any(o => o.Name != r.Name);
                for (var k = j + 1; k < refs.Count && refs[k] is { Kind: PersonKind.Pronoun } p; k++)
                {
                    var word = Word(text.Text, p);
                    if (SameClause(text.Text, r.End, p.Start) && (word is "himself" or "herself" || word is "his" or "her" && AfterPreposition(text.Text, p.Start)))
                        Vote(r.Name, p.Gender, 2);
                    else if (word is "he" or "she")
                    {
                        // "..., and she meant to": the same subject; "that she stay", "when he came": someone else's clause.
                        if (!others && !AfterSubordinator(text.Text, p.Start)) Vote(r.Name, p.Gender, 1);
                        break;
                    }
                }
                if (j == 0 && s + 1 < _bySentence.Length && _bySentence[s + 1] is [{ Kind: PersonKind.Pronoun } opener, ..]
                    && text.Sentences[s + 1].Tokens[0].Start == opener.Start && Word(text.Text, opener) is "he" or "she")
                    Vote(r.Name, opener.Gender, 1);
            }
        }
        foreach (var (name, vote) in votes) _genders[name] = vote > 0 ? Gender.Male : vote < 0 ? Gender.Female : Gender.Unknown;
        foreach (var (name, gender) in known) _genders[name] = gender;
    }

    private static string Word(string text, PersonRef r) => text[r.Start..r.End].ToLowerInvariant();

    private static bool SameClause(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        return between.IndexOfAny(",;:—–\"“”()") < 0 && !between.Contains(" and ", StringComparison.Ordinal) && !between.Contains(" but ", StringComparison.Ordinal);
    }

    private static readonly string[] Prepositions = ["with", "in", "on", "at", "into", "onto", "from", "to", "over", "under", "across", "against", "through", "by", "behind", "beside", "off", "up", "down", "for"];

    private static readonly string[] Subordinators = ["that", "if", "whether", "when", "because", "as", "than", "until", "before", "after", "while", "though", "unless", "since", "so", "what", "who"];

    private static bool AfterSubordinator(string text, int at) => After(text, at, Subordinators);

    private static bool AfterPreposition(string text, int at) => After(text, at, Prepositions);

    private static bool After(string text, int at, string[] words)
    {
        var before = text.AsSpan(Math.Max(0, at - 10), Math.Min(10, at)).TrimEnd();
        foreach (var p in words)
            if (before.EndsWith(p, StringComparison.OrdinalIgnoreCase) && (before.Length == p.Length || !char.IsLetter(before[^(p.Length + 1)]))) return true;
        return false;
    }

    // "Mr. Bennet", "Lady Catherine", "Mrs Hudson": a title says the gender.
    private static Gender Title(string text, int start)
    {
        var from = text.AsSpan(start, Math.Min(6, text.Length - start));
        var before = text.AsSpan(Math.Max(0, start - 6), Math.Min(6, start)).TrimEnd();
        foreach (var (title, gender) in Titles)
            if (from.StartsWith(title + " ", StringComparison.Ordinal) || from.StartsWith(title + ".", StringComparison.Ordinal)
                || before.EndsWith(title, StringComparison.Ordinal) || before.EndsWith(title + ".", StringComparison.Ordinal))
                return gender;
        return Gender.Unknown;
    }

    private static readonly (string, Gender)[] Titles =
        [("Mr", Gender.Male), ("Sir", Gender.Male), ("Lord", Gender.Male), ("Mrs", Gender.Female), ("Miss", Gender.Female), ("Ms", Gender.Female), ("Lady", Gender.Female)];

    private void Resolve()
    {
        var focus = new Dictionary<Gender, (PersonRef Who, int Sentence, int At)>();
        for (var s = 0; s < _bySentence.Length; s++)
            foreach (var r in _bySentence[s])
            {
                if (r.Kind != PersonKind.Pronoun)
                {
                    // A possessor ("Her father's breathing", "Kyle's memorial") is in focus unless someone else of
                    // the same gender was the sentence's subject; an unnamed one ("the inspector's letter") never is.
                    var gender = r.Kind == PersonKind.Named && r.Name != null ? GenderOf(r.Name) : r.Gender;
                    if (r.Possessive && (r.Kind == PersonKind.Unnamed || focus.TryGetValue(gender, out var f) && f.Sentence == s)) continue;
                    // A name whose gender the text never shows takes no "he" or "she": a guess would as likely be wrong.
                    if (gender == Gender.Unknown && r.Kind == PersonKind.Named) continue;
                    focus[gender] = (r, s, r.Start);
                    continue;
                }
                var antecedent = Antecedent(focus, r, s) ?? Ahead(r, s);
                if (antecedent == null) continue;
                _antecedents[r] = antecedent;
                focus[r.Gender] = (antecedent, s, r.Start);
            }
    }

    private static PersonRef? Antecedent(Dictionary<Gender, (PersonRef Who, int Sentence, int At)> focus, PersonRef pronoun, int s)
    {
        var gendered = focus.TryGetValue(pronoun.Gender, out var g) && s - g.Sentence <= Reach;
        // Someone of unknown gender ("the doctor", "a stranger") is meant only when just mentioned, more recently than
        // the person in focus, and that person was not named or referred to in this sentence or the one before.
        var neutral = focus.TryGetValue(Gender.Unknown, out var u) && s - u.Sentence <= 1 && (!gendered || g.Sentence < s - 1);
        if (neutral && (!gendered || u.At > g.At)) return u.Who;
        return gendered ? g.Who : null;
    }

    private PersonRef? Ahead(PersonRef pronoun, int s)
    {
        for (var k = s + 1; k < Math.Min(_bySentence.Length, s + 1 + Lookahead); k++)
            if (_short[k] && _bySentence[k] is [{ Kind: PersonKind.Named, Name: { } name } alone]
                && GenderOf(name) is var g && (g == Gender.Unknown || g == pronoun.Gender))
                return alone;
        return null;
    }
}
